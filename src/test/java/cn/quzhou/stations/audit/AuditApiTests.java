package cn.quzhou.stations.audit;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The audit trail over the API reads as the audit page: operations, objects, actors and changes in words. */
class AuditApiTests extends PlatformTest {

    @Autowired
    AuditLog log;

    @Autowired
    AccessTokens tokens;

    private String actor;

    @BeforeEach
    void aChangeAndASignInOfTheCityCast() {
        world.ensure();
        actor = world.username(Role.CITY_CAST);
        String objectId = Long.toString(System.nanoTime());
        log.record(new AuditRecord(actor, "unit.update", "unit", objectId, AuditOutcome.SUCCESS, "name: 旧名 → 新名"));
        log.record(new AuditRecord(actor, "signin", null, null, AuditOutcome.FAILURE, "bad credentials"));
    }

    @Test
    void anItemNamesTheOperationTheObjectTheActorsRolesAndTheChangedFieldInChinese() throws Exception {
        call(get("/api/audit").param("actor", actor).param("action", "unit.update").param("size", "1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].action").value("unit.update"))
                .andExpect(jsonPath("$.items[0].actionName").value("修改依托单位信息"))
                .andExpect(jsonPath("$.items[0].objectName").value("依托单位"))
                .andExpect(jsonPath("$.items[0].actorName").isNotEmpty())
                .andExpect(jsonPath("$.items[0].actorRoles").value(org.hamcrest.Matchers.containsString("市科协")))
                .andExpect(jsonPath("$.items[0].outcomeName").value("成功"))
                .andExpect(jsonPath("$.items[0].changes[0].field").value("单位名称"))
                .andExpect(jsonPath("$.items[0].changes[0].after").value("新名"));
    }

    @Test
    void theNamesFollowAcceptLanguage() throws Exception {
        call(get("/api/audit").param("actor", actor).param("action", "signin").param("size", "1")
                .header("Accept-Language", "en"))
                .andExpect(jsonPath("$.items[0].outcomeName").value(org.hamcrest.Matchers.not("失败")))
                .andExpect(jsonPath("$.items[0].actionName").value(org.hamcrest.Matchers.not("登录")));
    }

    @Test
    void theSignInLogListsOnlySignInOperations() throws Exception {
        call(get("/api/audit/sign-ins").param("actor", actor).param("size", "100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].action").value("signin"))
                .andExpect(jsonPath("$.items[*].action").value(org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasItem("unit.update"))));
    }

    private ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(ApiTokens.bearer(request, ApiTokens.of(Role.AUDIT_ADMIN, world, tokens)));
    }
}
