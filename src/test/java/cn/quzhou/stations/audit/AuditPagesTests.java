package cn.quzhou.stations.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;

/** The audit list reads as sentences: names not codes, who with which role, filters by actor, object and IP; 登录日志. */
class AuditPagesTests extends PlatformTest {

    @Autowired
    AuditLog log;

    @Autowired
    JdbcClient jdbc;

    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @BeforeEach
    void setUp() {
        world.ensure();
    }

    @Test
    void aSignInShowsTheMethodInWordsNotAJavaClassName() throws Exception {
        String actor = "pages-" + run;
        log.record(AuditRecord.of(actor, "signin", AuditOutcome.SUCCESS, "UsernamePasswordAuthenticationToken"));
        log.record(AuditRecord.of(actor, "signin", AuditOutcome.FAILURE, "locked"));
        String rows = rows("/audit", "actor", actor);
        assertThat(rows).contains("登录", "用户名密码登录", "账户已锁定", "失败")
                .doesNotContain("UsernamePasswordAuthenticationToken").doesNotContain(">locked<");
    }

    @Test
    void theSignInLogHoldsSignInsLockOutsSecondFactorsAndSignOutsOnly() throws Exception {
        String actor = "signins-" + run;
        log.record(AuditRecord.of(actor, "signin", AuditOutcome.FAILURE, "bad credentials"));
        log.record(AuditRecord.of(actor, "signin.secondFactor", AuditOutcome.SUCCESS, "totp"));
        log.record(AuditRecord.of(actor, "signout", AuditOutcome.SUCCESS, null));
        log.record(AuditRecord.of(actor, "unit.update", AuditOutcome.SUCCESS, "name: a → b"));
        String rows = rows("/audit/signins", "actor", actor);
        assertThat(rows).contains("用户名或密码错误", "双因素验证通过", "动态验证码", "退出登录")
                .doesNotContain("修改依托单位信息");
        assertThat(rows.split("<tr").length - 1).isEqualTo(3);
        assertThat(rows("/audit", "actor", actor).split("<tr").length - 1).isEqualTo(4);
    }

    @Test
    void theListFiltersByObjectAndByIp() throws Exception {
        String type = "thing" + run;
        withIp("10.9.8.7", () -> log.record(AuditRecord.success("unit.update", type, 1, "name: 旧名 → 新名")));
        withIp("10.9.8.6", () -> log.record(AuditRecord.success("unit.update", type, 2, "name: 甲 → 乙")));
        assertThat(rows("/audit", "objectType", type, "objectId", "1")).contains("旧名").doesNotContain("甲");
        assertThat(rows("/audit", "ip", "10.9.8.6", "objectType", type)).contains("乙").doesNotContain("旧名");
    }

    @Test
    void theExportIsReadableAndItselfAudited() throws Exception {
        String actor = "export-" + run;
        log.record(new AuditRecord(actor, "application.save", "application", "77", AuditOutcome.SUCCESS,
                "contactMobile: 138****1234 → 139****5678"));
        byte[] xlsx = mvc.perform(get("/audit/export").param("actor", actor).with(user(world.user(Role.AUDIT_ADMIN))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var row = workbook.getSheetAt(0).getRow(3);
            assertThat(row.getCell(4).getStringCellValue()).isEqualTo("保存申报");
            assertThat(row.getCell(5).getStringCellValue()).isEqualTo("申报 77");
            assertThat(row.getCell(7).getStringCellValue()).isEqualTo("手机：138****1234 → 139****5678");
        }
        Map<String, Object> exported = jdbc.sql("""
                select action, summary from audit_event where actor = ? order by id desc limit 1""")
                .param(world.username(Role.AUDIT_ADMIN)).query().singleRow();
        assertThat(exported).containsEntry("action", "file.export");
    }

    @Autowired
    cn.quzhou.stations.organisation.AccessTokens tokens;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    @Test
    void theApiFiltersByActorAndNarrowsToTheSignInLog() throws Exception {
        String actor = "api-" + run;
        log.record(AuditRecord.of(actor, "signin", AuditOutcome.FAILURE, "locked"));
        log.record(AuditRecord.of(actor, "unit.update", AuditOutcome.SUCCESS, "name: a → b"));
        String token = cn.quzhou.stations.testsupport.ApiTokens.of(Role.AUDIT_ADMIN, world, tokens);
        var all = json.readTree(mvc.perform(cn.quzhou.stations.testsupport.ApiTokens.bearer(get("/api/audit")
                .param("actor", actor), token)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(all.get("total").asLong()).isEqualTo(2);
        var signIns = json.readTree(mvc.perform(cn.quzhou.stations.testsupport.ApiTokens.bearer(get("/api/audit")
                .param("actor", actor).param("signIns", "true"), token)).andReturn().getResponse().getContentAsString());
        assertThat(signIns.get("total").asLong()).isEqualTo(1);
        assertThat(signIns.get("items").get(0).get("action").asString()).isEqualTo("signin");
    }

    private void withIp(String ip, Runnable action) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(ip);
        org.springframework.web.context.request.RequestContextHolder.setRequestAttributes(
                new org.springframework.web.context.request.ServletRequestAttributes(request));
        try {
            action.run();
        } finally {
            org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        }
    }

    private String rows(String path, String... params) throws Exception {
        var request = get(path);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String html = mvc.perform(request.with(user(world.user(Role.AUDIT_ADMIN)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("??");
        return html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
    }
}
