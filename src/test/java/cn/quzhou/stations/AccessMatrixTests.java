package cn.quzhou.stations;

import static cn.quzhou.stations.testsupport.AccessMatrix.ALL_ROLES;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.AccessMatrix.Entry;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role (and anonymous) against a record of another jurisdiction or unit.
 * Every endpoint must have an entry, contributed by its module's tests ({@link AccessMatrix.Contribution}):
 * a new endpoint without one fails {@link #everyEndpointHasAnEntryInTheMatrix()}. An entry names the
 * roles allowed; every other role must be refused (403, 404, a form that refuses, or — for lists —
 * the foreign record left out), and every allowed role must really get through, so the matrix cannot
 * pass by refusing everyone.
 */
class AccessMatrixTests extends PlatformTest {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    ApplicationContext context;

    @Autowired
    AccessTokens tokens;

    private Map<String, Entry> matrix() throws ReflectiveOperationException {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AssignableTypeFilter(AccessMatrix.Contribution.class));
        Map<String, Entry> entries = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("cn.quzhou.stations")) {
            var type = Class.forName(candidate.getBeanClassName());
            var constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            ((AccessMatrix.Contribution) constructor.newInstance()).contribute(entries, context, world.ensure());
        }
        return entries;
    }

    @Test
    void everyEndpointHasAnEntryInTheMatrix() throws ReflectiveOperationException {
        Set<String> endpoints = new TreeSet<>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            String type = handler.getBeanType().getName();
            if (type.startsWith("cn.quzhou.stations.") && !type.contains(".testsupport.")) {
                info.getMethodsCondition().getMethods().forEach(method ->
                        info.getPatternValues().forEach(pattern -> endpoints.add(method + " " + pattern)));
            }
        });
        assertThat(endpoints).isNotEmpty();
        assertThat(new TreeSet<>(matrix().keySet())).isEqualTo(endpoints);
    }

    @TestFactory
    Stream<DynamicTest> everyRoleIsRefusedWhatIsNotItsOwn() throws ReflectiveOperationException {
        return matrix().entrySet().stream().flatMap(e -> Stream.concat(
                Stream.of(DynamicTest.dynamicTest(e.getKey() + " × anonymous", () -> checkAnonymous(e.getKey(), e.getValue()))),
                ALL_ROLES.stream().map(role -> DynamicTest.dynamicTest(e.getKey() + " × " + role,
                        () -> check(e.getKey(), e.getValue(), role)))));
    }

    private void checkAnonymous(String endpoint, Entry entry) throws Exception {
        MockHttpServletResponse r = mvc.perform(entry.request().get().with(csrf())).andReturn().getResponse();
        String why = endpoint + " as anonymous → " + r.getStatus() + " " + r.getRedirectedUrl();
        if (entry.publicToo()) {
            assertThat(r.getStatus()).as(why).isBetween(200, 299);
        } else if (AccessMatrix.isApi(endpoint)) {
            assertThat(r.getStatus()).as(why).isEqualTo(401);
            assertThat(r.getHeader("WWW-Authenticate")).as(why).startsWith("Bearer");
        } else if (entry.kind() == AccessMatrix.Kind.API) {
            assertThat(r.getStatus()).as(why).isIn(401, 403);
        } else {
            assertThat(r.getStatus()).as(why).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).as(why).endsWith("/login");
        }
    }

    private void check(String endpoint, Entry entry, Role role) throws Exception {
        // the JSON API (/api/**) is called as clients call it: a real bearer token, no session, no CSRF token
        org.springframework.test.web.servlet.RequestBuilder request = AccessMatrix.isApi(endpoint)
                ? ApiTokens.bearer(entry.request().get(), ApiTokens.of(role, world, tokens))
                : entry.request().get().with(user(world.user(role))).with(csrf());
        MockHttpServletResponse r = mvc.perform(request).andReturn().getResponse();
        boolean allowed = entry.allowed().contains(role);
        String why = endpoint + " as " + role + " → " + r.getStatus() + " " + r.getRedirectedUrl();
        switch (entry.kind()) {
            case PAGE -> assertThat(r.getStatus()).as(why).isIn(allowed ? Set.of(200) : Set.of(403, 404));
            case API -> {
                if (allowed) {
                    assertThat(r.getStatus()).as(why).isBetween(200, 299);
                } else {
                    assertThat(r.getStatus()).as(why).isIn(401, 403, 404, 422);
                }
            }
            case ACTION -> {
                if (allowed) {
                    assertThat(r.getStatus()).as(why).isEqualTo(302);
                    assertThat(r.getRedirectedUrl()).as(why).doesNotContain("/login").doesNotContain("error");
                } else {
                    assertThat(r.getStatus()).as(why).isIn(200, 403, 404);
                    assertThat(r.getContentAsString()).as(why).doesNotContain("已保存");
                }
            }
            case LIST -> {
                String body = withoutEchoedKeyword(r.getContentAsString(), entry.foreignMarker());
                if (allowed) {
                    assertThat(r.getStatus()).as(why).isEqualTo(200);
                    assertThat(body).as(why).contains(entry.foreignMarker());
                } else {
                    assertThat(r.getStatus()).as(why).isIn(200, 403, 404);
                    assertThat(body).as(why).doesNotContain(entry.foreignMarker());
                }
            }
        }
    }

    /**
     * A list asked for its marker by keyword shows the keyword back (the search box, the API's {@code q}): that echo is
     * not a row, so it is taken out before looking for the marker among the rows.
     */
    private static String withoutEchoedKeyword(String body, String marker) {
        return body.replace("value=\"" + marker + "\"", "").replace("\"q\":\"" + marker + "\"", "");
    }
}
