package cn.quzhou.stations.organisation;

import static cn.quzhou.stations.testsupport.AccessMatrix.ALL_ROLES;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.action;
import static cn.quzhou.stations.testsupport.AccessMatrix.Entry.page;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The second factor's endpoints. The sign-in step is open to everyone but does nothing without a
 * pending sign-in of its own session (the page says so); a signed-in user's own page is everyone's;
 * the reset is the security administrator's alone.
 */
class SecondFactorAccessEntries implements AccessMatrix.Contribution {

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        m.put("GET /login/second-factor", open(get("/login/second-factor")));
        m.put("POST /login/second-factor", open(post("/login/second-factor").param("code", "123456")));
        m.put("GET /login/second-factor/enrol", open(get("/login/second-factor/enrol")));
        m.put("POST /login/second-factor/enrol", open(post("/login/second-factor/enrol").param("code", "123456")));
        m.put("GET /account/second-factor", page(ALL_ROLES, () -> get("/account/second-factor")));
        // no secret offered in this session: every signed-in user gets the page back, anonymous is sent away
        m.put("POST /account/second-factor", page(ALL_ROLES, () -> post("/account/second-factor").param("code", "123456")));
        m.put("POST /admin/accounts/{id}/second-factor/reset", action(EnumSet.of(Role.SECURITY_ADMIN),
                () -> post("/admin/accounts/{id}/second-factor/reset", w.freshAccount("target", null, null).getId())));
    }

    private static AccessMatrix.Entry open(
            org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request) {
        return new AccessMatrix.Entry(AccessMatrix.Kind.PAGE, ALL_ROLES, true, () -> request, null);
    }
}
