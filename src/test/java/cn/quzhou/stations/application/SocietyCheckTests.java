package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue #14 item 4, Art. 3(6): the applicant learns while choosing the society whether it already has a station or an
 * application under review in the city — yes or no, never which unit or at which stage; reviewers read the detail.
 */
class SocietyCheckTests extends PlatformTest {

    private static final String TAKEN = "该学会在衢州市已有学会服务站或在审申请";

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Applications applications;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    @DisplayName("所选学会在本市已有在审申请：申报单位立即得知，但看不到对方单位、服务站名称和审核环节")
    void aSocietyWithAnApplicationUnderReviewIsFlaggedWithoutNamingTheOtherUnit() throws Exception {
        world.ensure();
        Society society = fixtures.newSociety(SocietyLevel.NATIONAL);
        String theirs = "他人在审服务站" + society.getId();
        String theirUnit = otherUnit(fixtures.submittedCityDirect(theirs, society), society);

        String answer = check(society, Role.APPLICANT);

        assertThat(answer).contains(TAKEN).contains("第三条第六项")
                .doesNotContain(theirUnit).doesNotContain(theirs).doesNotContain("市科协初审")
                .doesNotContain("初审");
    }

    @Test
    @DisplayName("所选学会在本市尚无服务站或在审申请：答复“尚无”")
    void aSocietyWithoutStationOrApplicationIsFree() throws Exception {
        world.ensure();
        Society society = fixtures.newSociety(SocietyLevel.NATIONAL);

        assertThat(check(society, Role.APPLICANT)).contains("该学会在衢州市尚无学会服务站或在审申请").doesNotContain(TAKEN);
    }

    @Test
    @DisplayName("申请书表单在选择学会时即询问（htmx）")
    void theFormAsksWhenTheSocietyIsChosen() throws Exception {
        world.ensure();
        String form = mvc.perform(get("/applications/new").with(user(world.user(Role.APPLICANT))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(form).contains("hx-get=\"/applications/society-check").contains("hx-trigger=\"load, change\"")
                .contains("hx-target=\"#society-check\"").contains("id=\"society-check\"");
    }

    @Test
    @DisplayName("提交后的提示：申报单位只看到“已有”，不见对方单位与环节；审核单位看到完整信息")
    void afterSubmittingTheApplicantSeesOnlyThatTheSocietyIsTakenWhileReviewersSeeWhoAndWhere() throws Exception {
        world.ensure();
        Society society = fixtures.newSociety(SocietyLevel.NATIONAL);
        String theirs = "他人先行服务站" + society.getId();
        String theirUnit = otherUnit(fixtures.submittedCityDirect(theirs, society), society);
        long mine = fixtures.submittedHome("本单位同学会服务站" + society.getId(), society);

        String applicantPage = mvc.perform(get("/applications/{id}", mine).with(user(world.user(Role.APPLICANT))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(applicantPage).contains("id=\"society-conflict\"").contains(TAKEN)
                .doesNotContain(theirUnit).doesNotContain(theirs).doesNotContain("市科协初审");
        assertThat(as(world.user(Role.APPLICANT), () -> applications.get(mine)))
                .satisfies(v -> assertThat(v.societyFlagged()).isTrue())
                .satisfies(v -> assertThat(v.societyConflicts()).isEmpty());

        String reviewerPage = mvc.perform(get("/applications/{id}", mine).with(user(world.user(Role.CITY_CAST))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(reviewerPage).contains("id=\"society-conflict\"").contains(theirs).contains(theirUnit)
                .contains("市科协初审");
    }

    /** The other application's unit under a name of its own (the fixtures' drafts all say 测试单位). */
    private String otherUnit(long applicationId, Society society) {
        String name = "他人单位" + society.getId();
        jdbc.sql("update application set unit_name = ? where id = ?").params(name, applicationId).update();
        return name;
    }

    private String check(Society society, Role role) throws Exception {
        return mvc.perform(get("/applications/society-check").param("societyId", String.valueOf(society.getId()))
                        .with(user(world.user(role))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
