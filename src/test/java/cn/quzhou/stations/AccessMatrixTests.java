package cn.quzhou.stations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.internal.HostUnitRepository;
import cn.quzhou.stations.organisation.internal.JurisdictionRepository;
import cn.quzhou.stations.organisation.internal.Jurisdiction;
import cn.quzhou.stations.organisation.JurisdictionKind;
import cn.quzhou.stations.organisation.internal.ExpertRepository;
import cn.quzhou.stations.organisation.internal.SocietyRepository;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every endpoint × every role (and anonymous) against a record of another jurisdiction or unit.
 * Each endpoint must have an entry: a new endpoint without one fails
 * {@link #everyEndpointHasAnEntryInTheMatrix()}. An entry names the roles allowed; every other role
 * must be refused (403, 404, a form that refuses, or — for lists — the foreign record left out),
 * and every allowed role must really get through, so the matrix cannot pass by refusing everyone.
 */
class AccessMatrixTests extends PlatformTest {

    private static final Set<Role> ALL_ROLES = EnumSet.allOf(Role.class);
    private static final Set<Role> CITY_CAST = EnumSet.of(Role.CITY_CAST);
    private static final Set<Role> SYSTEM = EnumSet.of(Role.SYSTEM_ADMIN);
    private static final Set<Role> SECURITY = EnumSet.of(Role.SECURITY_ADMIN);
    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    HostUnitRepository units;

    @Autowired
    SocietyRepository societies;

    @Autowired
    ExpertRepository experts;

    @Autowired
    JurisdictionRepository jurisdictions;

    /** How an endpoint is judged. */
    enum Kind {
        /** A page: 200 when allowed; 403/404 when refused. */
        PAGE,
        /** A state change: a redirect when allowed; anything else (403, 404, the form again) when refused. */
        ACTION,
        /** A list: shows the foreign record when allowed; refused or without it otherwise. */
        LIST
    }

    record Entry(Kind kind, Set<Role> allowed, boolean publicToo, Supplier<MockHttpServletRequestBuilder> request,
                 String foreignMarker) {
    }

    private Map<String, Entry> matrix() {
        World w = world.ensure();
        long other = w.otherUnit.getId();
        Map<String, Entry> m = new LinkedHashMap<>();
        m.put("GET /login", new Entry(Kind.PAGE, ALL_ROLES, true, () -> get("/login"), null));
        m.put("GET /", new Entry(Kind.PAGE, ALL_ROLES, false, () -> get("/"), null));
        m.put("GET /account/password", new Entry(Kind.PAGE, ALL_ROLES, false, () -> get("/account/password"), null));
        // a wrong confirmation: every signed-in user gets the form back (own data only), anonymous is sent away
        m.put("POST /account/password", new Entry(Kind.PAGE, ALL_ROLES, false, () -> post("/account/password")
                .param("currentPassword", "x").param("newPassword", "Abcdefgh1!x").param("confirmPassword", "different"), null));

        m.put("GET /units", new Entry(Kind.LIST, EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT), false,
                () -> get("/units"), w.otherUnit.getCreditCode()));
        m.put("GET /units/{id}", new Entry(Kind.PAGE, EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT), false,
                () -> get("/units/{id}", other), null));
        m.put("GET /units/new", new Entry(Kind.PAGE, EnumSet.of(Role.CITY_CAST, Role.COUNTY_CAST), false,
                () -> get("/units/new"), null));
        m.put("POST /units/new", new Entry(Kind.ACTION, CITY_CAST, false, () -> unitForm(post("/units/new"), w.otherJurisdiction, World.creditCode()), null));
        m.put("GET /units/{id}/edit", new Entry(Kind.PAGE, CITY_CAST, false, () -> get("/units/{id}/edit", other), null));
        m.put("POST /units/{id}/edit", new Entry(Kind.ACTION, CITY_CAST, false, () -> unitForm(post("/units/{id}/edit", other)
                .param("version", String.valueOf(units.findById(other).orElseThrow().getVersion())), w.otherJurisdiction,
                w.otherUnit.getCreditCode()), null));

        m.put("GET /societies", new Entry(Kind.PAGE, EnumSet.of(Role.COUNTY_CAST, Role.COUNTY_TALENT, Role.CITY_CAST,
                Role.CITY_TALENT, Role.SOCIETY_CONTACT), false, () -> get("/societies"), null));
        m.put("GET /societies/new", new Entry(Kind.PAGE, CITY_CAST, false, () -> get("/societies/new"), null));
        m.put("POST /societies/new", new Entry(Kind.ACTION, CITY_CAST, false, () -> post("/societies/new")
                .param("name", "矩阵学会" + SEQ.incrementAndGet()).param("level", "PROVINCIAL"), null));
        long society = w.society.getId();
        m.put("GET /societies/{id}/edit", new Entry(Kind.PAGE, CITY_CAST, false, () -> get("/societies/{id}/edit", society), null));
        m.put("POST /societies/{id}/edit", new Entry(Kind.ACTION, CITY_CAST, false, () -> post("/societies/{id}/edit", society)
                .param("version", String.valueOf(societies.findById(society).orElseThrow().getVersion()))
                .param("name", w.society.getName()).param("level", "NATIONAL"), null));

        m.put("GET /experts", new Entry(Kind.PAGE, CITY_CAST, false, () -> get("/experts"), null));
        m.put("GET /experts/new", new Entry(Kind.PAGE, CITY_CAST, false, () -> get("/experts/new"), null));
        m.put("POST /experts/new", new Entry(Kind.ACTION, CITY_CAST, false, () -> expertForm(post("/experts/new")), null));
        long expert = w.expert.getId();
        m.put("GET /experts/{id}/edit", new Entry(Kind.PAGE, CITY_CAST, false, () -> get("/experts/{id}/edit", expert), null));
        m.put("POST /experts/{id}/edit", new Entry(Kind.ACTION, CITY_CAST, false, () -> expertForm(post("/experts/{id}/edit", expert))
                .param("version", String.valueOf(experts.findById(expert).orElseThrow().getVersion())), null));

        m.put("GET /admin/accounts", new Entry(Kind.PAGE, EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN), false,
                () -> get("/admin/accounts"), null));
        m.put("GET /admin/accounts/new", new Entry(Kind.PAGE, SYSTEM, false, () -> get("/admin/accounts/new"), null));
        m.put("POST /admin/accounts/new", new Entry(Kind.ACTION, SYSTEM, false, () -> post("/admin/accounts/new")
                .param("username", "matrix" + SEQ.incrementAndGet()).param("displayName", "矩阵")
                .param("password", "Matrix@2026pw"), null));
        m.put("GET /admin/accounts/{id}", new Entry(Kind.PAGE, EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN), false,
                () -> get("/admin/accounts/{id}", target()), null));
        m.put("POST /admin/accounts/{id}/enabled", new Entry(Kind.ACTION, SYSTEM, false,
                () -> post("/admin/accounts/{id}/enabled", target()).param("enabled", "true"), null));
        m.put("POST /admin/accounts/{id}/roles/grant", new Entry(Kind.ACTION, SECURITY, false,
                () -> post("/admin/accounts/{id}/roles/grant", target()).param("role", "CITY_TALENT"), null));
        m.put("POST /admin/accounts/{id}/roles/revoke", new Entry(Kind.ACTION, SECURITY, false,
                () -> post("/admin/accounts/{id}/roles/revoke", target()).param("role", "CITY_TALENT"), null));
        m.put("POST /admin/accounts/{id}/unlock", new Entry(Kind.ACTION, SECURITY, false,
                () -> post("/admin/accounts/{id}/unlock", target()), null));
        m.put("POST /admin/accounts/{id}/password", new Entry(Kind.ACTION, SECURITY, false,
                () -> post("/admin/accounts/{id}/password", target()).param("temporaryPassword", "Temp@2026pass"), null));

        m.put("GET /admin/jurisdictions", new Entry(Kind.PAGE, SYSTEM, false, () -> get("/admin/jurisdictions"), null));
        m.put("POST /admin/jurisdictions", new Entry(Kind.ACTION, SYSTEM, false, () -> post("/admin/jurisdictions")
                .param("code", "M" + SEQ.incrementAndGet()).param("name", "矩阵区" + SEQ.get()).param("kind", "COUNTY"), null));
        m.put("POST /admin/jurisdictions/{id}/active", new Entry(Kind.ACTION, SYSTEM, false,
                () -> post("/admin/jurisdictions/{id}/active", spareJurisdiction()).param("active", "false"), null));

        m.put("GET /audit", new Entry(Kind.PAGE, EnumSet.of(Role.AUDIT_ADMIN), false, () -> get("/audit"), null));
        m.put("GET /audit/verify", new Entry(Kind.PAGE, EnumSet.of(Role.AUDIT_ADMIN), false, () -> get("/audit/verify"), null));
        return m;
    }

    @Test
    void everyEndpointHasAnEntryInTheMatrix() {
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
    Stream<DynamicTest> everyRoleIsRefusedWhatIsNotItsOwn() {
        return matrix().entrySet().stream().flatMap(e -> Stream.concat(
                Stream.of(DynamicTest.dynamicTest(e.getKey() + " × anonymous", () -> checkAnonymous(e.getValue()))),
                ALL_ROLES.stream().map(role -> DynamicTest.dynamicTest(e.getKey() + " × " + role,
                        () -> check(e.getKey(), e.getValue(), role)))));
    }

    private void checkAnonymous(Entry entry) throws Exception {
        MockHttpServletResponse r = mvc.perform(entry.request().get().with(csrf())).andReturn().getResponse();
        if (entry.publicToo()) {
            assertThat(r.getStatus()).isEqualTo(200);
        } else {
            assertThat(r.getStatus()).isEqualTo(302);
            assertThat(r.getRedirectedUrl()).endsWith("/login");
        }
    }

    private void check(String endpoint, Entry entry, Role role) throws Exception {
        MockHttpServletResponse r = mvc.perform(entry.request().get().with(user(world.user(role))).with(csrf()))
                .andReturn().getResponse();
        boolean allowed = entry.allowed().contains(role);
        String why = endpoint + " as " + role + " → " + r.getStatus() + " " + r.getRedirectedUrl();
        switch (entry.kind()) {
            case PAGE -> assertThat(r.getStatus()).as(why).isIn(allowed ? Set.of(200) : Set.of(403, 404));
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
                String body = r.getContentAsString();
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

    private MockHttpServletRequestBuilder unitForm(MockHttpServletRequestBuilder b, long jurisdictionId, String creditCode) {
        return b.param("name", "矩阵单位" + SEQ.incrementAndGet()).param("creditCode", creditCode)
                .param("jurisdictionId", String.valueOf(jurisdictionId)).param("nature", "ENTERPRISE")
                .param("businessFields", "CHEMICAL");
    }

    private MockHttpServletRequestBuilder expertForm(MockHttpServletRequestBuilder b) {
        return b.param("name", "矩阵专家").param("field", "化工").param("organisation", "某研究院");
    }

    /** An account for the administrators' actions to land on: never one of the world's role holders. */
    private long target() {
        return world.freshAccount("target", null, null).getId();
    }

    private long spareJurisdiction() {
        return jurisdictions.save(new Jurisdiction("S" + SEQ.incrementAndGet(), "备用区" + SEQ.get(),
                JurisdictionKind.COUNTY, 999)).getId();
    }
}
