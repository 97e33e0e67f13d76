package cn.quzhou.stations.application;

import static cn.quzhou.stations.application.ApplicationFixtures.as;
import static cn.quzhou.stations.application.ApplicationFixtures.pass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Issue #14 item 8: the unit deletes a draft never submitted, and withdraws (撤回) a submission nobody decided yet. */
class WithdrawAndDeleteTests extends PlatformTest {

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Applications applications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    cn.quzhou.stations.shared.web.PageMessages pageMessages;

    private PlatformUser applicant;

    @BeforeEach
    void setUp() {
        world.ensure();
        applicant = world.user(Role.APPLICANT);
    }

    @Test
    void theUnitDeletesItsDraftWithItsAttachmentsAndTheDeletionIsAudited() throws Exception {
        long id = fixtures.draft(applicant, "撤删待删草稿站");
        fixtures.attachAgreement(id, applicant);
        String page = mvc.perform(get("/applications/{id}", id).with(user(applicant))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"delete-form\"").doesNotContain("id=\"withdraw-form\"");

        mvc.perform(act("delete", id, applicant, true)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/applications"));

        assertThat(count("select count(*) from application where id = ?", id)).isZero();
        assertThat(count("select count(*) from application_attachment where application_id = ?", id)).isZero();
        assertThat(count("select count(*) from application_expert where application_id = ?", id)).isZero();
        assertThat(audited("application.delete", id)).isEqualTo(1);
    }

    @Test
    void aSubmittedApplicationCannotBeDeleted() throws Exception {
        long id = fixtures.submittedHome("撤删已提交站", newSociety());
        mvc.perform(act("delete", id, applicant, true)).andExpect(status().is3xxRedirection());
        assertThat(statusOf(id)).isEqualTo("COUNTY_CAST_REVIEW");
        assertThat(audited("application.delete", id)).isZero();
    }

    @Test
    void aSubmissionNobodyDecidedIsWithdrawnToAnEditableDraftWithA撤回Box() throws Exception {
        long id = fixtures.submittedHome("撤删撤回站", newSociety());
        String page = mvc.perform(get("/applications/{id}", id).with(user(applicant))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).contains("id=\"withdraw-form\"").contains("撤回后，申请书退回为草稿");

        mvc.perform(act("withdraw", id, applicant, true)).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/applications/" + id));

        ApplicationView view = as(applicant, () -> applications.get(id));
        assertThat(view.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(view.canEdit()).isTrue();
        assertThat(view.canDelete()).as("a withdrawn application keeps its record").isFalse();
        assertThat(view.submittedAt()).isNull();
        assertThat(view.reviews()).extracting(ReviewView::decision)
                .containsExactly(ReviewDecision.SUBMIT, ReviewDecision.WITHDRAW);
        assertThat(audited("application.withdraw", id)).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from notification_message where recipient_account_id = ? and link = ?"
                        + " and subject_key = 'application.message.withdrawn'")
                .params(world.user(Role.COUNTY_CAST).accountId(), "/applications/" + id).query(Long.class).single())
                .as("the county CAST it was waiting at is told").isEqualTo(1);
        String detail = mvc.perform(get("/applications/{id}", id).with(user(applicant))).andReturn().getResponse()
                .getContentAsString();
        assertThat(detail).contains(">撤回<").doesNotContain("id=\"delete-form\"");

        // submitted again, it is at the county CAST once more
        as(applicant, () -> {
            applications.submit(id, fixtures.version(id));
            return null;
        });
        assertThat(statusOf(id)).isEqualTo("COUNTY_CAST_REVIEW");
    }

    @Test
    void onceTheCountyDecidedWithdrawingIsRefusedInWords() throws Exception {
        long id = fixtures.submittedHome("撤删已初审站", newSociety());
        as(world.user(Role.COUNTY_CAST), () -> {
            applications.decide(id, pass(fixtures.version(id)));
            return null;
        });

        Object problem = mvc.perform(act("withdraw", id, applicant, true)).andExpect(status().is3xxRedirection())
                .andReturn().getFlashMap().get("problem");
        assertThat(pageMessages.text((cn.quzhou.stations.shared.PageMessage) problem, java.util.Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("审核单位已作出审核意见（当前环节：县级人才办认定），申请书不能再撤回；如需修改，请联系审核单位退回。");
        String page = mvc.perform(get("/applications/{id}", id).with(user(applicant))).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain("id=\"withdraw-form\"");
        assertThat(statusOf(id)).isEqualTo("COUNTY_TALENT_RECOGNITION");
        assertThat(audited("application.withdraw", id)).isZero();
    }

    @Test
    void anotherUnitNeitherWithdrawsNorDeletes() throws Exception {
        long submitted = fixtures.submittedHome("撤删他人提交站", newSociety());
        long draft = fixtures.draft(applicant, "撤删他人草稿站");
        PlatformUser stranger = fixtures.cityApplicant();

        mvc.perform(act("withdraw", submitted, stranger, true)).andExpect(status().isNotFound());
        mvc.perform(act("delete", draft, stranger, true)).andExpect(status().isNotFound());
        // the county CAST sees the submission, yet it is not theirs to withdraw
        mvc.perform(act("withdraw", submitted, world.user(Role.COUNTY_CAST), true)).andExpect(status().isNotFound());

        assertThat(statusOf(submitted)).isEqualTo("COUNTY_CAST_REVIEW");
        assertThat(statusOf(draft)).isEqualTo("DRAFT");
    }

    @Test
    void withoutTheTickTheTickIsAskedForAtItsFieldAndNothingChanges() throws Exception {
        long submitted = fixtures.submittedHome("撤删未勾选撤回站", newSociety());
        long draft = fixtures.draft(applicant, "撤删未勾选草稿站");

        String withdraw = mvc.perform(act("withdraw", submitted, applicant, false)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(withdraw).contains("撤回前，请勾选上方确认。").containsPattern("withdraw-consequence-tick\"[^>]*is-invalid|is-invalid[^>]*withdraw-consequence-tick");
        String delete = mvc.perform(act("delete", draft, applicant, false)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(delete).contains("删除前，请勾选上方确认。");

        assertThat(statusOf(submitted)).isEqualTo("COUNTY_CAST_REVIEW");
        assertThat(statusOf(draft)).isEqualTo("DRAFT");
        assertThat(audited("application.withdraw", submitted) + audited("application.delete", draft)).isZero();
    }

    private MockHttpServletRequestBuilder act(String action, long id, PlatformUser who, boolean confirmed) {
        MockHttpServletRequestBuilder request = post("/applications/{id}/" + action, id).with(user(who)).with(csrf())
                .param("version", String.valueOf(fixtures.version(id)));
        return confirmed ? request.param("confirmed", "true") : request;
    }

    private cn.quzhou.stations.organisation.internal.Society newSociety() {
        return fixtures.newSociety(SocietyLevel.NATIONAL);
    }

    private String statusOf(long id) {
        return jdbc.sql("select status from application where id = ?").param(id).query(String.class).single();
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param(id).query(Long.class).single();
    }

    private long audited(String action, long id) {
        return jdbc.sql("select count(*) from audit_event where action = ? and object_id = ?")
                .params(action, String.valueOf(id)).query(Long.class).single();
    }
}
