package cn.quzhou.stations.testsupport;

import cn.quzhou.stations.organisation.Role;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The access matrix: every endpoint of the platform × every role × a record of another
 * jurisdiction or unit. Each module's tests contribute the entries for that module's endpoints by
 * implementing {@link Contribution} (found on the test class path); {@code AccessMatrixTests}
 * fails for any endpoint that has no entry.
 */
public final class AccessMatrix {

    public static final Set<Role> ALL_ROLES = EnumSet.allOf(Role.class);
    private static final AtomicInteger SEQ = new AtomicInteger();

    private AccessMatrix() {
    }

    /** How an endpoint is judged. */
    public enum Kind {
        /** A page: 200 when allowed; 403/404 when refused. */
        PAGE,
        /** A state change: a redirect when allowed; anything else (403, 404, the form again) when refused. */
        ACTION,
        /** A list: shows the foreign record (the marker) when allowed; refused or without it otherwise. */
        LIST,
        /**
         * A JSON call: 2xx when allowed; 401, 403, 404 or 422 (a business rule such as "only your own
         * jurisdiction") when refused.
         */
        API
    }

    /**
     * @param allowed the roles that must get through (everyone else must be refused)
     * @param publicToo whether an anonymous visitor is allowed too
     * @param foreignMarker for {@link Kind#LIST}: text that shows the foreign record
     */
    public record Entry(Kind kind, Set<Role> allowed, boolean publicToo,
                        Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request, String foreignMarker) {

        public static Entry page(Set<Role> allowed, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request) {
            return new Entry(Kind.PAGE, allowed, false, request, null);
        }

        public static Entry action(Set<Role> allowed, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request) {
            return new Entry(Kind.ACTION, allowed, false, request, null);
        }

        public static Entry list(Set<Role> allowed, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request, String marker) {
            return new Entry(Kind.LIST, allowed, false, request, marker);
        }

        public static Entry api(Set<Role> allowed, Supplier<? extends AbstractMockHttpServletRequestBuilder<?>> request) {
            return new Entry(Kind.API, allowed, false, request, null);
        }
    }

    /** A module's entries, keyed "METHOD /pattern" exactly as the handler mapping names the endpoint. */
    public interface Contribution {
        void contribute(Map<String, Entry> entries, ApplicationContext context, World world);
    }

    /**
     * Whether {@code endpoint} ("METHOD /pattern") belongs to the JSON API. Those entries are run with a
     * real bearer token of the role's account instead of a session principal (the API chain ignores
     * sessions), without CSRF token, and anonymous must get 401 with a Bearer challenge. Any kind may be
     * used for them; {@link Kind#LIST} checks the foreign record in the JSON.
     */
    public static boolean isApi(String endpoint) {
        return endpoint.substring(endpoint.indexOf(' ') + 1).startsWith("/api/");
    }

    /** A number unique in this test run, for names and codes that must not collide. */
    public static int next() {
        return SEQ.incrementAndGet();
    }
}
