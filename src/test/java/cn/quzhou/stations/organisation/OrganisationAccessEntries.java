package cn.quzhou.stations.organisation;

import static cn.quzhou.stations.testsupport.AccessMatrix.ALL_ROLES;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.list;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static cn.quzhou.stations.testsupport.AccessMatrix.next;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.organisation.internal.ExpertRepository;
import cn.quzhou.stations.organisation.internal.HostUnitRepository;
import cn.quzhou.stations.organisation.internal.Jurisdiction;
import cn.quzhou.stations.organisation.internal.JurisdictionRepository;
import cn.quzhou.stations.organisation.internal.SocietyRepository;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The organisation module's endpoints in the access matrix; "foreign" is 柯城区 and its unit. */
class OrganisationAccessEntries implements AccessMatrix.Contribution {

    private static final Set<Role> CITY_CAST = EnumSet.of(Role.CITY_CAST);
    private static final Set<Role> SYSTEM = EnumSet.of(Role.SYSTEM_ADMIN);
    private static final Set<Role> SECURITY = EnumSet.of(Role.SECURITY_ADMIN);
    private static final Set<Role> ADMINISTRATORS = EnumSet.of(Role.SYSTEM_ADMIN, Role.SECURITY_ADMIN);
    private static final Set<Role> CITY = EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT);

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        HostUnitRepository units = context.getBean(HostUnitRepository.class);
        SocietyRepository societies = context.getBean(SocietyRepository.class);
        ExpertRepository experts = context.getBean(ExpertRepository.class);
        JurisdictionRepository jurisdictions = context.getBean(JurisdictionRepository.class);
        long other = w.otherUnit.getId();

        m.put("GET /login", new AccessMatrix.Entry(AccessMatrix.Kind.PAGE, ALL_ROLES, true, () -> get("/login"), null));
        m.put("GET /", page(ALL_ROLES, () -> get("/")));
        m.put("GET /account/password", page(ALL_ROLES, () -> get("/account/password")));
        // a wrong confirmation: every signed-in user gets the form back (own data only), anonymous is sent away
        m.put("POST /account/password", page(ALL_ROLES, () -> post("/account/password")
                .param("currentPassword", "x").param("newPassword", "Abcdefgh1!x").param("confirmPassword", "different")));
        // a wrong current password: every signed-in user gets its own form back, nothing changes; anonymous is sent away
        m.put("POST /account/password/email", page(ALL_ROLES, () -> post("/account/password/email")
                .param("password", "Wrong@2026pass").param("email", "matrix@example.org")));

        // the list pages: ask for the foreign unit by its name (newest first among equal names), so it is found on a
        // busy database; its credit code, never echoed as the keyword, shows that it was listed
        m.put("GET /units", list(CITY, () -> get("/units").param("q", w.otherUnit.getName()).param("sort", "name,desc"),
                w.otherUnit.getCreditCode()));
        // every role that reads units exports them; the export's data scope is OrganisationListTests' concern
        m.put("GET /units/export", page(EnumSet.of(Role.APPLICANT, Role.COUNTY_CAST, Role.COUNTY_TALENT, Role.CITY_CAST,
                Role.CITY_TALENT), () -> get("/units/export").param("q", w.otherUnit.getName())));
        m.put("GET /units/{id}", page(CITY, () -> get("/units/{id}", other)));
        m.put("GET /units/new", page(EnumSet.of(Role.CITY_CAST, Role.COUNTY_CAST), () -> get("/units/new")));
        m.put("POST /units/new", action(CITY_CAST, () -> unitForm(post("/units/new"), w.otherJurisdiction, World.creditCode())));
        m.put("GET /units/{id}/edit", page(CITY_CAST, () -> get("/units/{id}/edit", other)));
        m.put("POST /units/{id}/edit", action(CITY_CAST, () -> unitForm(post("/units/{id}/edit", other)
                .param("version", String.valueOf(units.findById(other).orElseThrow().getVersion())), w.otherJurisdiction,
                w.otherUnit.getCreditCode())));

        m.put("GET /societies", page(EnumSet.of(Role.APPLICANT, Role.COUNTY_CAST, Role.COUNTY_TALENT, Role.CITY_CAST, Role.CITY_TALENT,
                Role.SOCIETY_CONTACT), () -> get("/societies").param("q", w.society.getName())));
        m.put("GET /societies/export", page(EnumSet.of(Role.APPLICANT, Role.COUNTY_CAST, Role.COUNTY_TALENT,
                Role.CITY_CAST, Role.CITY_TALENT, Role.SOCIETY_CONTACT),
                () -> get("/societies/export").param("q", w.society.getName())));
        m.put("GET /societies/new", page(CITY_CAST, () -> get("/societies/new")));
        m.put("POST /societies/new", action(CITY_CAST, () -> post("/societies/new")
                .param("name", "矩阵学会" + next()).param("level", "PROVINCIAL")));
        long society = w.society.getId();
        m.put("GET /societies/{id}/edit", page(CITY_CAST, () -> get("/societies/{id}/edit", society)));
        // the audited "显示" of a society's phone: the reviewing offices (personal:reveal), nobody else
        m.put("GET /societies/{id}/personal/phone", page(EnumSet.of(Role.COUNTY_CAST, Role.COUNTY_TALENT,
                Role.CITY_CAST, Role.CITY_TALENT), () -> get("/societies/{id}/personal/phone", society)));
        m.put("POST /societies/{id}/edit", action(CITY_CAST, () -> post("/societies/{id}/edit", society)
                .param("version", String.valueOf(societies.findById(society).orElseThrow().getVersion()))
                .param("name", w.society.getName()).param("level", "NATIONAL")));

        m.put("GET /experts", page(CITY_CAST, () -> get("/experts")));
        m.put("GET /experts/export", page(CITY_CAST, () -> get("/experts/export")));
        m.put("GET /experts/new", page(CITY_CAST, () -> get("/experts/new")));
        m.put("POST /experts/new", action(CITY_CAST, () -> expertForm(post("/experts/new"))));
        long expert = w.expert.getId();
        m.put("GET /experts/{id}/edit", page(CITY_CAST, () -> get("/experts/{id}/edit", expert)));
        m.put("POST /experts/{id}/edit", action(CITY_CAST, () -> expertForm(post("/experts/{id}/edit", expert))
                .param("version", String.valueOf(experts.findById(expert).orElseThrow().getVersion()))));

        m.put("GET /admin/accounts", page(ADMINISTRATORS, () -> get("/admin/accounts")));
        m.put("GET /admin/accounts/new", page(SYSTEM, () -> get("/admin/accounts/new")));
        m.put("POST /admin/accounts/new", action(SYSTEM, () -> post("/admin/accounts/new")
                .param("username", "matrix" + next()).param("displayName", "矩阵").param("password", "Trellis@2026pw")));
        m.put("GET /admin/accounts/{id}", page(ADMINISTRATORS, () -> get("/admin/accounts/{id}", target(w))));
        m.put("POST /admin/accounts/enabled", action(SYSTEM, () -> post("/admin/accounts/enabled")
                .param("ids", String.valueOf(target(w))).param("enabled", "true")));
        m.put("POST /admin/accounts/{id}/enabled", action(SYSTEM,
                () -> post("/admin/accounts/{id}/enabled", target(w)).param("enabled", "true")));
        m.put("POST /admin/accounts/{id}/roles/grant", action(SECURITY,
                () -> post("/admin/accounts/{id}/roles/grant", target(w)).param("role", "CITY_TALENT")));
        m.put("POST /admin/accounts/{id}/roles/revoke", action(SECURITY,
                () -> post("/admin/accounts/{id}/roles/revoke", target(w)).param("role", "CITY_TALENT")));
        m.put("POST /admin/accounts/{id}/unlock", action(SECURITY, () -> post("/admin/accounts/{id}/unlock", target(w))));
        m.put("POST /admin/accounts/{id}/password", action(SECURITY,
                () -> post("/admin/accounts/{id}/password", target(w))));
        org.springframework.jdbc.core.simple.JdbcClient jdbc = context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class);
        m.put("POST /admin/accounts/resets/{requestId}/approve", action(ADMINISTRATORS,
                () -> post("/admin/accounts/resets/{requestId}/approve", pendingReset(w, jdbc))));
        m.put("POST /admin/accounts/{id}/sessions/end", action(SECURITY,
                () -> post("/admin/accounts/{id}/sessions/end", target(w))));
        m.put("GET /admin/sessions", page(SECURITY, () -> get("/admin/sessions")));
        m.put("POST /admin/sessions/{id}/end", action(SECURITY,
                () -> post("/admin/sessions/{id}/end", onlineSession(context, target(w)))));

        m.put("GET /admin/jurisdictions", page(SYSTEM, () -> get("/admin/jurisdictions")));
        m.put("POST /admin/jurisdictions", action(SYSTEM, () -> post("/admin/jurisdictions")
                .param("code", "M" + next()).param("name", "矩阵区" + next()).param("kind", "COUNTY")));
        m.put("POST /admin/jurisdictions/{id}/active", action(SYSTEM, () -> post("/admin/jurisdictions/{id}/active",
                jurisdictions.save(new Jurisdiction("S" + next(), "备用区" + next(), JurisdictionKind.COUNTY, 999)).getId())
                .param("active", "false")));
    }

    private static MockHttpServletRequestBuilder unitForm(MockHttpServletRequestBuilder b, long jurisdictionId, String code) {
        return b.param("name", "矩阵单位" + next()).param("creditCode", code)
                .param("jurisdictionId", String.valueOf(jurisdictionId)).param("nature", "ENTERPRISE")
                .param("businessFields", "CHEMICAL");
    }

    private static MockHttpServletRequestBuilder expertForm(MockHttpServletRequestBuilder b) {
        return b.param("name", "矩阵专家").param("field", "化工").param("organisation", "某研究院");
    }

    /** A reset request filed by a fresh account for another fresh one: any administrator but those two may approve it. */
    private static long pendingReset(World w, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        return jdbc.sql("""
                insert into password_reset_request (account_id, requested_by, requested_at, status)
                values (?, ?, now(), 'PENDING') returning id""").params(target(w), target(w)).query(Long.class).single();
    }

    /** A signed-in session of {@code accountId} as the session store and 在线用户 hold it, for ending it. */
    private static String onlineSession(ApplicationContext context, long accountId) {
        var jdbc = org.springframework.jdbc.core.simple.JdbcClient.create(context.getBean(javax.sql.DataSource.class));
        String session = java.util.UUID.randomUUID().toString();
        String row = java.util.UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        jdbc.sql("insert into spring_session (primary_id, session_id, creation_time, last_access_time, "
                        + "max_inactive_interval, expiry_time) values (:p, :s, :now, :now, 1800, :expiry)")
                .param("p", java.util.UUID.randomUUID().toString()).param("s", session).param("now", now)
                .param("expiry", now + 1_800_000).update();
        jdbc.sql("insert into online_session (id, session_id, account_id, username, stamp, administrator, client_ip, "
                        + "signed_in_at, last_seen_at) select :id, :s, id, username, security_stamp, false, '192.0.2.1', now(), now() "
                        + "from account where id = :a")
                .param("id", row).param("s", session).param("a", accountId).update();
        return row;
    }

    /** An account for the administrators' actions to land on: never one of the world's role holders. */
    private static long target(World w) {
        return w.freshAccount("target", null, null).getId();
    }
}
