package cn.quzhou.stations.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.CorrectionCommand;
import cn.quzhou.stations.results.CorrectionView;
import cn.quzhou.stations.results.RectificationReport;
import cn.quzhou.stations.results.RectificationView;
import cn.quzhou.stations.results.Rectifications;
import cn.quzhou.stations.results.ResultCorrections;
import cn.quzhou.stations.results.ResultFixtures;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** The pages after publication: a refused approval says why, bad input stays at its field, to-dos lead to the work. */
class ResultPagesTests extends PlatformTest {

    @Autowired
    ResultFixtures fixtures;

    @Autowired
    ResultCorrections corrections;

    @Autowired
    Rectifications rectifications;

    @Autowired
    ApplicationFixtures applications;

    @Test
    void theProposerIsToldWhyTheyCannotApproveAndAnotherCityCastSeesTheWaitingCorrection() throws Exception {
        String name = "页面更正服务站" + System.nanoTime();
        long station = fixtures.station(name, LocalDate.of(2076, 1, 10));
        fixtures.publish(2077, station, Grade.QUALIFIED, new BigDecimal("68"));

        String refused = mvc.perform(post("/evaluations/results/stations/{id}/corrections", station)
                .param("year", "2077").param("total", "70").param("reason", "")
                .with(user(world.user(Role.CITY_CAST))).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(refused).contains("is-invalid").contains("correction-form");

        MockHttpServletResponse proposed = mvc.perform(post("/evaluations/results/stations/{id}/corrections", station)
                .param("year", "2077").param("total", "71").param("reason", "补记一次学术沙龙")
                .with(user(world.user(Role.CITY_CAST))).with(csrf())).andReturn().getResponse();
        assertThat(proposed.getStatus()).isEqualTo(302);
        long id = as(world.user(Role.CITY_CAST), () -> corrections.open()).stream()
                .filter(c -> c.stationId() == station).findFirst().orElseThrow().id();

        String shown = mvc.perform(post("/evaluations/results/corrections/{id}/approve", id)
                .with(user(world.user(Role.CITY_CAST))).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains("提出人不能审批自己的申请");

        String home = mvc.perform(get("/").with(user(fixtures.secondCityCast()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("待批准的结果更正");
        String page = mvc.perform(get("/evaluations/results/stations/{id}", station)
                .with(user(fixtures.secondCityCast()))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("补记一次学术沙龙").contains("/approve");
        MockHttpServletResponse approved = mvc.perform(post("/evaluations/results/corrections/{id}/approve", id)
                .with(user(fixtures.secondCityCast())).with(csrf())).andReturn().getResponse();
        assertThat(approved.getRedirectedUrl()).isEqualTo("/evaluations/results/stations/" + station);
        String after = mvc.perform(get("/evaluations/results/stations/{id}", station).param("lang", "en")
                .with(user(fixtures.secondCityCast()))).andReturn().getResponse().getContentAsString();
        assertThat(after).contains("In force").contains("t-city-cast-2");
    }

    @Test
    void theHostUnitReportsOnItsTaskPageAndTheCityCastSeesTheReviewForm() throws Exception {
        String name = "页面整改服务站" + System.nanoTime();
        long station = fixtures.station(name, LocalDate.of(2076, 1, 10));
        fixtures.publish(2077, station, Grade.UNQUALIFIED, new BigDecimal("52"));
        long id = as(world.user(Role.CITY_CAST), () -> rectifications.list(false)).stream()
                .filter(t -> t.stationId() == station).findFirst().orElseThrow().id();
        String home = mvc.perform(get("/").with(user(applications.cityApplicant()))).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("待提交的整改报告");

        String blank = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/rectifications/{id}/report", id).param("report", " ")
                .with(user(applications.cityApplicant())).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(blank).contains("is-invalid").contains("report-form");
        MockHttpServletResponse sent = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .multipart("/rectifications/{id}/report", id).param("report", "已建立专家在站考勤制度")
                .with(user(applications.cityApplicant())).with(csrf())).andReturn().getResponse();
        assertThat(sent.getStatus()).isEqualTo(302);

        String review = mvc.perform(get("/rectifications/{id}", id).with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(review).contains("id=\"review\"").contains("已建立专家在站考勤制度");
        String returned = mvc.perform(post("/rectifications/{id}/return", id).param("note", "")
                .with(user(world.user(Role.CITY_CAST))).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(returned).contains("is-invalid");
        assertThat(as(world.user(Role.CITY_CAST), () -> rectifications.get(id)).status())
                .isEqualTo(RectificationView.Status.SUBMITTED);
    }

    @Test
    void theApiIsDocumented() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/evaluations/results/{year}").contains("/api/rectifications/{id}/report")
                .contains("/api/revocation-proposals/{id}/accept").contains("采纳撤销建议并撤销服务站");
    }

    @Test
    void anOverLongRejectionNoteIsAMessageAtTheNoteWithTheTextKeptAndTheProposalStaysOpen() throws Exception {
        long station = fixtures.station("驳回过长服务站" + System.nanoTime(), LocalDate.of(2076, 1, 10));
        fixtures.publish(2077, station, Grade.QUALIFIED, new BigDecimal("68"));
        long id = as(world.user(Role.CITY_CAST), () -> corrections.propose(station,
                new CorrectionCommand(2077, null, new BigDecimal("71"), "补记沙龙"))).id();
        String tooLong = "驳".repeat(2001);
        MockHttpServletResponse refused = mvc.perform(post("/evaluations/results/corrections/{id}/reject", id)
                .param("note", tooLong).with(user(fixtures.secondCityCast())).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("decide-" + id).contains("is-invalid").contains(tooLong);
        assertThat(as(world.user(Role.CITY_CAST), () -> corrections.get(id)).status())
                .isEqualTo(CorrectionView.CorrectionStatus.PROPOSED);
    }

    @Test
    void aCorrectionRefusedByArticle17IsShownAtTheFieldWithWhatWasTyped() throws Exception {
        long station = fixtures.station("页面名额服务站" + System.nanoTime(), LocalDate.of(2076, 1, 10));
        fixtures.publish(2077, station, Grade.UNQUALIFIED, null);
        String page = mvc.perform(post("/evaluations/results/stations/{id}/corrections", station)
                .param("year", "2077").param("grade", "QUALIFIED").param("total", "66").param("reason", "补交材料后重评")
                .with(user(world.user(Role.CITY_CAST))).with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("correction-form").contains("is-invalid").contains("第十三条")
                .contains("补交材料后重评").contains("value=\"66\"");
    }

    @Test
    void anOverLongAcceptanceNoteIsAMessageAtTheNoteAndTheTaskStaysSubmitted() throws Exception {
        long station = fixtures.station("验收过长服务站" + System.nanoTime(), LocalDate.of(2076, 1, 10));
        fixtures.publish(2077, station, Grade.UNQUALIFIED, new BigDecimal("50"));
        long id = as(world.user(Role.CITY_CAST), () -> rectifications.list(false)).stream()
                .filter(t -> t.stationId() == station).findFirst().orElseThrow().id();
        as(applications.cityApplicant(), () -> rectifications.submit(id, new RectificationReport("已整改"), null, null));
        String tooLong = "验".repeat(2001);
        MockHttpServletResponse refused = mvc.perform(post("/rectifications/{id}/accept", id).param("note", tooLong)
                .with(user(world.user(Role.CITY_CAST))).with(csrf())).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(200);
        assertThat(refused.getContentAsString()).contains("is-invalid").contains(tooLong);
        assertThat(as(world.user(Role.CITY_CAST), () -> rectifications.get(id)).status())
                .isEqualTo(RectificationView.Status.SUBMITTED);
    }
}
