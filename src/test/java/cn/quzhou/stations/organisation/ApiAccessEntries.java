package cn.quzhou.stations.organisation;

import static cn.quzhou.stations.testsupport.AccessMatrix.ALL_ROLES;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.api;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.list;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static cn.quzhou.stations.testsupport.AccessMatrix.next;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.quzhou.stations.organisation.internal.Expert;
import cn.quzhou.stations.organisation.internal.ExpertRepository;
import cn.quzhou.stations.organisation.internal.SocietyRepository;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The token pages and the JSON API in the access matrix. API entries run with each role's real bearer
 * token (see {@link AccessMatrix#isApi}); "foreign" is 柯城区's unit and another account's token.
 */
class ApiAccessEntries implements AccessMatrix.Contribution {

    private static final Set<Role> CITY = EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT);
    private static final Set<Role> CITY_CAST = EnumSet.of(Role.CITY_CAST);
    private static final Set<Role> NOBODY = EnumSet.noneOf(Role.class);

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        long foreignToken = foreignToken(context, w);
        long other = w.otherUnit.getId();

        m.put("GET /account/tokens", page(ALL_ROLES, () -> get("/account/tokens")));
        m.put("POST /account/tokens", page(ALL_ROLES, () -> post("/account/tokens")
                .param("name", "矩阵令牌" + next()).param("validDays", "1")));
        // another account's token: nobody may revoke it
        m.put("POST /account/tokens/{id}/revoke", action(NOBODY,
                () -> post("/account/tokens/{id}/revoke", foreignToken)));

        m.put("GET /api/me", api(ALL_ROLES, () -> get("/api/me")));
        m.put("GET /api/tokens", api(ALL_ROLES, () -> get("/api/tokens")));
        m.put("DELETE /api/tokens/{id}", api(NOBODY, () -> delete("/api/tokens/{id}", foreignToken)));
        m.put("GET /api/units", list(CITY, () -> get("/api/units").param("q", w.otherUnit.getName())
                .param("sort", "name,desc"), w.otherUnit.getCreditCode()));
        m.put("GET /api/units/{id}", api(CITY, () -> get("/api/units/{id}", other)));
        // a unit in 柯城区: the city CAST registers it, the 江山市 county CAST is refused (422), the rest 403
        m.put("POST /api/units", api(EnumSet.of(Role.CITY_CAST), () -> post("/api/units")
                .contentType(MediaType.APPLICATION_JSON).content(unitJson(w.otherJurisdiction, World.creditCode()))));
        m.put("GET /api/societies", api(EnumSet.of(Role.APPLICANT, Role.COUNTY_CAST, Role.COUNTY_TALENT, Role.CITY_CAST,
                Role.CITY_TALENT, Role.SOCIETY_CONTACT), () -> get("/api/societies")));
        experts(m, context, w);
        societies(m, context, w);
    }

    /** The pool is the city CAST's, as on /experts; a fresh expert is deactivated so the world's stays in service. */
    private static void experts(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        ExpertRepository experts = context.getBean(ExpertRepository.class);
        long expert = w.expert.getId();
        long spare = experts.save(new Expert(new ExpertCommand("矩阵专家" + next(), null, "化工", "某研究院", null, null,
                null, Set.of()))).getId();
        m.put("GET /api/experts", api(CITY_CAST, () -> get("/api/experts")));
        m.put("GET /api/experts/{id}", api(CITY_CAST, () -> get("/api/experts/{id}", expert)));
        m.put("POST /api/experts", api(CITY_CAST, () -> post("/api/experts").contentType(MediaType.APPLICATION_JSON)
                .content(expertJson("矩阵专家" + next()))));
        m.put("PUT /api/experts/{id}", api(CITY_CAST, () -> put("/api/experts/{id}", expert)
                .param("version", String.valueOf(experts.findById(expert).orElseThrow().getVersion()))
                .contentType(MediaType.APPLICATION_JSON).content(expertJson(w.expert.getName()))));
        m.put("POST /api/experts/{id}/deactivation", api(CITY_CAST, () -> post("/api/experts/{id}/deactivation", spare)));
    }

    private static void societies(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        SocietyRepository societies = context.getBean(SocietyRepository.class);
        long society = w.society.getId();
        m.put("GET /api/societies/{id}", api(EnumSet.of(Role.APPLICANT, Role.COUNTY_CAST, Role.COUNTY_TALENT,
                Role.CITY_CAST, Role.CITY_TALENT, Role.SOCIETY_CONTACT), () -> get("/api/societies/{id}", society)));
        m.put("POST /api/societies", api(CITY_CAST, () -> post("/api/societies").contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"矩阵接口学会%d\", \"level\": \"PROVINCIAL\"}".formatted(next()))));
        m.put("PUT /api/societies/{id}", api(CITY_CAST, () -> put("/api/societies/{id}", society)
                .param("version", String.valueOf(societies.findById(society).orElseThrow().getVersion()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\": \"%s\", \"level\": \"NATIONAL\"}".formatted(w.society.getName()))));
    }

    static String expertJson(String name) {
        return """
                {"name": "%s", "title": "研究员", "field": "化工", "organisation": "某研究院"}""".formatted(name);
    }

    static String unitJson(long jurisdictionId, String creditCode) {
        return """
                {"name": "接口单位%d", "creditCode": "%s", "jurisdictionId": %d, "nature": "ENTERPRISE",
                 "businessFields": ["CHEMICAL"], "postcode": "324000"}""".formatted(next(), creditCode, jurisdictionId);
    }

    /** A token of an account that holds none of the world's roles. */
    private static long foreignToken(ApplicationContext context, World w) {
        var account = w.freshAccount("tokens", null, null);
        PlatformUser owner = (PlatformUser) context.getBean(UserDetailsService.class)
                .loadUserByUsername(account.getUsername());
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(owner, null, owner.getAuthorities()));
        SecurityContextHolder.setContext(security);
        try {
            return context.getBean(AccessTokens.class).create("foreign", 30).view().id();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
