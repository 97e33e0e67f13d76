package cn.quzhou.stations.testsupport;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.CreatedToken;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import java.util.EnumMap;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Real personal access tokens for the world's accounts, created once per role (and world) through the
 * facade, so that API requests in tests authenticate exactly as clients do: {@code Authorization: Bearer}.
 */
public final class ApiTokens {

    private static final Map<World, Map<Role, CreatedToken>> BY_WORLD = new WeakHashMap<>();

    private ApiTokens() {
    }

    /**
     * A token of the world's account for {@code role}, valid at the clock's present: a test that moves the clock
     * years ahead gets a new one (tokens expire, at most a year after they were made).
     */
    public static synchronized String of(Role role, World world, AccessTokens tokens) {
        Map<Role, CreatedToken> known = BY_WORLD.computeIfAbsent(world, w -> new EnumMap<>(Role.class));
        CreatedToken token = known.get(role);
        java.time.Instant now = world.now();
        if (token == null || !token.view().expiresAt().isAfter(now) || token.view().createdAt().isAfter(now)) {
            token = as(world.user(role), () -> tokens.create("test " + role, 365));
            known.put(role, token);
        }
        return token.token();
    }

    /** A new token of {@code user}'s account; the plain token, shown once. */
    public static String create(PlatformUser user, AccessTokens tokens, String name, Integer validDays) {
        return as(user, () -> tokens.create(name, validDays)).token();
    }

    /** {@code request} carrying {@code token} as its bearer credential. */
    public static RequestBuilder bearer(AbstractMockHttpServletRequestBuilder<?> request, String token) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static <T> T as(PlatformUser user, Supplier<T> action) {
        return PlatformUser.runAs(user, action);
    }
}
