package cn.quzhou.stations.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.application.ApplicationDraft;
import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Every download, export, refusal, probe and saved field change leaves an audit row; without the row, no action. */
class CompleteAuditTests extends PlatformTest {

    @Autowired
    Applications applications;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    private PlatformUser applicant;
    private long draft;

    @BeforeEach
    void setUp() {
        world.ensure();
        applicant = world.user(Role.APPLICANT);
        draft = fixtures.draft(applicant, "审计测试服务站");
    }

    @Test
    void anAttachmentDownloadIsAuditedWithTheApplicationAndTheFileName() throws Exception {
        fixtures.attachAgreement(draft, applicant);
        long attachment = as(applicant, () -> applications.get(draft).attachments().get(0).id());
        mvc.perform(get("/applications/{id}/attachments/{a}", draft, attachment).with(user(applicant)))
                .andExpect(status().isOk());
        Map<String, Object> row = last(applicant.getUsername(), "file.download");
        assertThat(row).containsEntry("object_type", "application").containsEntry("object_id", Long.toString(draft))
                .containsEntry("outcome", "SUCCESS");
        assertThat((String) row.get("summary")).contains("/applications/" + draft + "/attachments/" + attachment)
                .endsWith(".pdf");
        assertThat(auditPage("actor", applicant.getUsername(), "action", "file.download"))
                .contains("下载文件", displayName(applicant), "申报单位", "href=\"/applications/" + draft + "\"", "申报 " + draft)
                .doesNotContain("file.download");
    }

    @Test
    void anExcelExportIsAudited() throws Exception {
        PlatformUser cityCast = world.user(Role.CITY_CAST);
        mvc.perform(get("/units/export").with(user(cityCast))).andExpect(status().isOk());
        assertThat(last(cityCast.getUsername(), "file.export")).containsEntry("outcome", "SUCCESS")
                .satisfies(r -> assertThat((String) r.get("summary")).startsWith("GET /units/export → ").endsWith(".xlsx"));
        assertThat(auditPage("actor", cityCast.getUsername(), "action", "file.export"))
                .contains("导出 Excel", "市科协").doesNotContain("file.export");
    }

    @Test
    void aRefusedAdministrativeActionIsAuditedAsDenied() throws Exception {
        PlatformUser cityCast = world.user(Role.CITY_CAST);
        long account = world.user(Role.APPLICANT).accountId();
        mvc.perform(post("/admin/accounts/{id}/unlock", account).with(user(cityCast)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(last(cityCast.getUsername(), "access.denied")).containsEntry("outcome", "DENIED")
                .containsEntry("summary", "POST /admin/accounts/" + account + "/unlock");
        assertThat(auditPage("actor", cityCast.getUsername(), "action", "access.denied"))
                .contains("拒绝访问", "拒绝", "POST /admin/accounts/" + account + "/unlock").doesNotContain("access.denied");
    }

    @Test
    void anOutOfScopeRecordIdIsAnsweredNotFoundAndAuditedAsDenied() throws Exception {
        PlatformUser otherCounty = fixtures.otherCountyCast();
        mvc.perform(get("/applications/{id}", draft).with(user(otherCounty))).andExpect(status().isNotFound());
        assertThat(last(otherCounty.getUsername(), "access.notFound")).containsEntry("outcome", "DENIED")
                .containsEntry("object_type", "application").containsEntry("object_id", Long.toString(draft))
                .containsEntry("summary", "GET /applications/" + draft);
        assertThat(auditPage("actor", otherCounty.getUsername(), "objectType", "application", "objectId",
                Long.toString(draft))).contains("访问不存在或无权访问的记录", "拒绝").doesNotContain("access.notFound");
    }

    @Test
    void anOutOfScopeIdOverTheApiIsAuditedToo() throws Exception {
        PlatformUser otherCounty = fixtures.otherCountyCast();
        mvc.perform(get("/api/applications/{id}", draft).with(user(otherCounty))).andExpect(status().isNotFound());
        assertThat(last(otherCounty.getUsername(), "access.notFound")).containsEntry("object_type", "application")
                .containsEntry("object_id", Long.toString(draft));
    }

    @Test
    void savingAFormRecordsEachChangedFieldWithPersonalDataMasked() throws Exception {
        ApplicationDraft before = as(applicant, () -> applications.get(draft).draft());
        ApplicationDraft after = with(before, "苏州路 8 号", "13912345678");
        as(applicant, () -> applications.saveDraft(draft, fixtures.version(draft), after));
        String summary = (String) last(applicant.getUsername(), "application.save").get("summary");
        assertThat(summary).contains("address: " + before.address() + " → 苏州路 8 号")
                .contains("contactMobile: ").contains(" → 139****5678")
                .doesNotContain("13912345678").doesNotContain("stationName");
        assertThat(auditPage("objectType", "application", "objectId", Long.toString(draft), "action", "application.save"))
                .contains("保存申报", "手机", "139****5678", "苏州路 8 号").doesNotContain("contactMobile");
    }

    @Test
    void anAuditWriteThatFailsRollsTheSaveBack() {
        ApplicationDraft before = as(applicant, () -> applications.get(draft).draft());
        int version = fixtures.version(draft);
        jdbc.sql("""
                create or replace function refuse_marked_audit() returns trigger language plpgsql as $$
                begin
                  if new.summary like '%无法审计%' then raise exception 'audit store unavailable'; end if;
                  return new;
                end $$""").update();
        jdbc.sql("create trigger refuse_marked_audit before insert on audit_event for each row"
                + " execute function refuse_marked_audit()").update();
        try {
            assertThatThrownBy(() -> as(applicant, () -> applications.saveDraft(draft, version,
                    with(before, "无法审计路 1 号", before.contactMobile())))).hasStackTraceContaining("audit store unavailable");
        } finally {
            jdbc.sql("drop trigger refuse_marked_audit on audit_event").update();
            jdbc.sql("drop function refuse_marked_audit()").update();
        }
        assertThat(fixtures.version(draft)).isEqualTo(version);
        assertThat(as(applicant, () -> applications.get(draft).draft().address())).isEqualTo(before.address());
    }

    private static ApplicationDraft with(ApplicationDraft d, String address, String mobile) {
        return new ApplicationDraft(d.stationName(), d.legalRepresentative(), d.applicationDate(), d.unitName(),
                address, d.postcode(), d.contactName(), d.contactTitle(), d.contactPhone(), mobile,
                d.contactFax(), d.contactEmail(), d.contactIm(), d.nature(), d.natureOther(), d.businessFields(),
                d.businessFieldOther(), d.level(), d.unitOverview(), d.industryOverview(), d.societyId(),
                d.societyBranch(), d.societyLegalRep(), d.societyLegalRepTitle(), d.societyLegalRepMobile(),
                d.societyAddress(), d.societyPostcode(), d.societyContact(), d.societyContactTitle(),
                d.societyContactMobile(), d.societyPhoneFax(), d.societyQq(), d.societyEmail(), d.societyWechat(),
                d.societyOverview(), d.purposePlan(), d.agreementSignedOn(), d.cooperationYears(),
                d.cooperationNote(), d.responsibleName(), d.responsibleTitle(), d.responsiblePhone(),
                d.officeDeclared(), d.fundingDeclared(), d.rulesDeclared(), d.experts());
    }

    /** The audit list's rows as the audit administrator sees them under the given filters. */
    private String auditPage(String... params) throws Exception {
        var request = get("/audit");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        String html = mvc.perform(request.with(user(world.user(Role.AUDIT_ADMIN)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).doesNotContain("??");
        String rows = html.substring(html.indexOf("<tbody>"), html.indexOf("</tbody>"));
        assertThat(rows).contains("<tr");
        return rows;
    }

    private String displayName(PlatformUser user) {
        return jdbc.sql("select display_name from account where username = ?").param(user.getUsername())
                .query(String.class).single();
    }

    private Map<String, Object> last(String actor, String action) {
        return jdbc.sql("""
                select action, object_type, object_id, outcome, summary from audit_event
                where actor = ? and action = ? order by id desc limit 1""")
                .params(actor, action).query().singleRow();
    }
}
