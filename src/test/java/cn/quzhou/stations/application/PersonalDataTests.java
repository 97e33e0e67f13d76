package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.application.notice.ObjectionCommand;
import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal data is sealed at rest and masked for whoever need not see it: a county reviewer and an expert see the
 * contact mobile as 138****0000 on the page, in the PDF and over the API; "显示" shows it to the reviewer, audited,
 * and is refused to the expert (403, audited).
 */
class PersonalDataTests extends PlatformTest {

    private static final String MOBILE = "13800000000";
    private static final String MASKED = "138****0000";

    @Autowired
    Applications applications;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    PanelFixtures panels;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    tools.jackson.databind.json.JsonMapper json;

    private long application;

    @BeforeEach
    void setUp() {
        world.ensure();
        application = fixtures.submittedHome("个人信息服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
    }

    @Test
    void theStoredColumnsHoldCiphertextThatTheApplicantReadsBackInFull() {
        Map<String, Object> row = jdbc.sql("select contact_mobile, contact_email, responsible_phone from application"
                + " where id = ?").param(application).query().singleRow();
        assertThat(row.values()).allSatisfy(v -> assertThat((String) v).startsWith("sm4:1:")
                .doesNotContain(MOBILE).doesNotContain("example.org").doesNotContain("13600000000"));
        ApplicationDraft own = as(world.user(Role.APPLICANT), () -> applications.get(application).draft());
        assertThat(own.contactMobile()).isEqualTo(MOBILE);
        assertThat(own.contactEmail()).isEqualTo("li@example.org");
    }

    @Test
    void aCountyReviewerSeesTheMobileMaskedOnThePageInThePdfAndOverTheApi() throws Exception {
        PlatformUser reviewer = world.user(Role.COUNTY_CAST);
        assertMaskedFor(reviewer);
        assertThat(page(reviewer)).contains("l***@example.org").contains("hx-get=\"/applications/" + application
                + "/personal/contactMobile\"");
    }

    @Test
    void anExpertSeesTheMobileMaskedAndWithoutARevealButton() throws Exception {
        long atPanel = panels.atPanelReview("专家看申请服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        PanelFixtures.ExpertAccount expert = panels.clean("个人信息专家");
        panels.form("个人信息评审组", Set.of(expert.id()), Set.of(atPanel));
        application = atPanel;
        assertThat(page(expert.user())).contains(MASKED).doesNotContain(MOBILE).doesNotContain("personal-reveal");
        assertThat(pdf(expert.user())).contains(MASKED).doesNotContain(MOBILE);
        assertThat(api(expert.user())).contains(MASKED).doesNotContain(MOBILE);
    }

    @Test
    void revealingShowsTheFullValueAndIsAudited() throws Exception {
        PlatformUser reviewer = world.user(Role.COUNTY_CAST);
        String shown = mvc.perform(get("/applications/{id}/personal/contactMobile", application).with(user(reviewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains(MOBILE).contains("id=\"pd-contactMobile\"");
        Map<String, Object> row = lastAudit(reviewer.getUsername());
        assertThat(row).containsEntry("action", "personal.reveal").containsEntry("object_id", Long.toString(application))
                .containsEntry("summary", "contactMobile").containsEntry("outcome", "SUCCESS");
    }

    @Test
    void aRevealByARoleThatMayNotSeeTheValueIsRefusedAndAudited() throws Exception {
        PlatformUser expert = world.user(Role.EXPERT);
        mvc.perform(get("/applications/{id}/personal/contactMobile", application).with(user(expert)))
                .andExpect(status().isForbidden());
        assertThat(lastAudit(expert.getUsername())).containsEntry("action", "access.denied")
                .containsEntry("outcome", "DENIED")
                .containsEntry("summary", "GET /applications/" + application + "/personal/contactMobile");
    }

    @Test
    void clearValuesLeftFromBeforeAreSealedByTheStartUpStep() throws Exception {
        jdbc.sql("update application set contact_mobile = ? where id = ?").params("13500000000", application).update();
        applicationContext.getBean("applicationDataSealing", org.springframework.boot.ApplicationRunner.class).run(null);
        String stored = jdbc.sql("select contact_mobile from application where id = ?").param(application)
                .query(String.class).single();
        assertThat(stored).startsWith("sm4:1:").doesNotContain("13500000000");
        assertThat(as(world.user(Role.APPLICANT), () -> applications.get(application).draft().contactMobile()))
                .isEqualTo("13500000000");
    }

    @Autowired
    org.springframework.context.ApplicationContext applicationContext;

    @Autowired
    NoticeFixtures notices;

    @Autowired
    cn.quzhou.stations.organisation.ExpertPool experts;

    @Test
    void anObjectorsContactIsMaskedOnTheNoticePage() throws Exception {
        long candidate = notices.inPublicNotice("异议掩码服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        long notice = notices.runningToday(java.util.List.of(candidate));
        notices.objection(notice, candidate, "10.2.3.4");
        String html = mvc.perform(get("/applications/notices/{id}", notice).with(user(world.user(Role.CITY_CAST))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("135****0000").doesNotContain("13500000000");
    }

    @Test
    void anObjectorsContactIsStoredAsCiphertextAndMaskedOverTheApi() throws Exception {
        long candidate = notices.inPublicNotice("异议密文服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        long notice = notices.runningToday(java.util.List.of(candidate));
        long objection = notices.objection(notice, candidate, "10.2.3.5");
        assertThat(storedContact(objection)).startsWith("sm4:1:").doesNotContain("13500000000");
        PlatformUser city = world.user(Role.CITY_CAST);
        for (String path : java.util.List.of("/api/notices/" + notice + "/objections", "/api/notices/" + notice)) {
            String body = mvc.perform(get(path).with(user(city))).andExpect(status().isOk()).andReturn().getResponse()
                    .getContentAsString();
            assertThat(body).as(path).contains("135****0000").doesNotContain("13500000000");
        }
    }

    @Test
    void anObjectorsContactLeftInClearIsSealedByTheStartUpStep() throws Exception {
        long candidate = notices.inPublicNotice("异议补封服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        long notice = notices.runningToday(java.util.List.of(candidate));
        long objection = notices.objection(notice, candidate, "10.2.3.6");
        jdbc.sql("update notice_objection set contact = ? where id = ?").params("wang@example.net", objection).update();
        applicationContext.getBean("applicationDataSealing", org.springframework.boot.ApplicationRunner.class).run(null);
        assertThat(storedContact(objection)).startsWith("sm4:1:").doesNotContain("example.net");
        String html = mvc.perform(get("/applications/notices/{id}", notice).with(user(world.user(Role.CITY_CAST))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("w***@example.net").doesNotContain("wang@example.net");
    }

    @Test
    void theLongestContactTheObjectionFormAllowsStillFitsSealed() {
        long candidate = notices.inPublicNotice("异议长联系服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        long notice = notices.runningToday(java.util.List.of(candidate));
        String contact = "联".repeat(100);
        assertThat(publicNotices.object(new ObjectionCommand(notice, candidate, "李异议", contact, "材料不实。", null),
                null, null, "10.2.3.7")).startsWith("YY");
        long objection = jdbc.sql("select max(id) from notice_objection where notice_id = ?").param(notice)
                .query(Long.class).single();
        assertThat(storedContact(objection)).startsWith("sm4:1:").hasSizeGreaterThan(400);
    }

    @Autowired
    PublicNotices publicNotices;

    private String storedContact(long objection) {
        return jdbc.sql("select contact from notice_objection where id = ?").param(objection).query(String.class)
                .single();
    }

    @Test
    void theExpertsListShowsPhonesMaskedAndTheAuditTrailNeverHoldsThem() throws Exception {
        String name = "掩码专家" + System.nanoTime() % 100000;
        var created = as(world.user(Role.CITY_CAST), () -> experts.create(new cn.quzhou.stations.organisation.ExpertCommand(
                name, "教授", "材料", "某大学", null, "13312345678", null, Set.of())));
        String html = mvc.perform(get("/experts").param("q", name).with(user(world.user(Role.CITY_CAST))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(name).contains("133****5678").doesNotContain("13312345678");
        String summary = jdbc.sql("select summary from audit_event where action = 'expert.create' and object_id = ?")
                .param(Long.toString(created.id())).query(String.class).single();
        assertThat(summary).contains("phone: null → 133****5678").doesNotContain("13312345678");
    }

    private void assertMaskedFor(PlatformUser viewer) throws Exception {
        assertThat(page(viewer)).contains(MASKED).doesNotContain(MOBILE);
        assertThat(pdf(viewer)).contains(MASKED).doesNotContain(MOBILE);
        assertThat(api(viewer)).contains(MASKED).doesNotContain(MOBILE);
    }

    private String page(PlatformUser viewer) throws Exception {
        return mvc.perform(get("/applications/{id}", application).with(user(viewer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private String pdf(PlatformUser viewer) throws Exception {
        byte[] pdf = mvc.perform(get("/applications/{id}/pdf", application).with(user(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    private String api(PlatformUser viewer) throws Exception {
        return mvc.perform(get("/api/applications/{id}", application).with(user(viewer))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private Map<String, Object> lastAudit(String actor) {
        return jdbc.sql("select action, object_id, outcome, summary from audit_event where actor = ?"
                + " order by id desc limit 1").param(actor).query().singleRow();
    }
}
