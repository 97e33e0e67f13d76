package cn.quzhou.stations.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.CorrectionCommand;
import cn.quzhou.stations.results.CorrectionView;
import cn.quzhou.stations.results.EvaluationResults;
import cn.quzhou.stations.results.RectificationTests;
import cn.quzhou.stations.results.ResultCorrections;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** 审核通过的结果由市委人才办、市科协发文公布 (Art. 16(4)): the year's results document. */
class ResultDocumentTests extends PlatformTest {

    @Autowired
    ResultFixtures fixtures;

    @Autowired
    EvaluationResults results;

    @Autowired
    ResultCorrections corrections;

    @Autowired
    ApplicationFixtures applications;

    @Test
    void theResultsDocumentListsEveryStationByGradeWithTheCriticismNoteAndTheCorrections() throws Exception {
        long n = System.nanoTime();
        String excellent = "文件优秀服务站" + n;
        String qualified = "文件合格服务站" + n;
        String unqualified = "文件不合格服务站" + n;
        fixtures.publish(2070, fixtures.station(unqualified, LocalDate.of(2069, 1, 10)), Grade.UNQUALIFIED,
                new BigDecimal("41"));
        long q = fixtures.station(qualified, LocalDate.of(2069, 1, 10));
        fixtures.publish(2070, q, Grade.QUALIFIED, new BigDecimal("75"));
        fixtures.publish(2070, fixtures.station(excellent, LocalDate.of(2069, 1, 10)), Grade.EXCELLENT,
                new BigDecimal("96"));
        CorrectionView c = as(world.user(Role.CITY_CAST), () -> corrections.propose(q,
                new CorrectionCommand(2070, null, new BigDecimal("78"), "补记专家在站天数")));
        as(fixtures.secondCityCast(), () -> corrections.approve(c.id()));

        String text = RectificationTests.text(as(world.user(Role.CITY_TALENT), () -> results.documentPdf(2070)));
        assertThat(text).contains("衢市科协〔2071〕3号").contains(excellent).contains(qualified).contains(unqualified)
                .contains("通报批评").contains("补记专家在站天数").contains("t-city-cast-2");
        assertThat(text.indexOf(excellent)).isLessThan(text.indexOf(qualified));
        assertThat(text.indexOf(qualified)).isLessThan(text.indexOf(unqualified));

        MockHttpServletResponse download = mvc.perform(get("/evaluations/results/{year}/document", 2070)
                .with(user(applications.cityApplicant()))).andReturn().getResponse();
        assertThat(download.getStatus()).as("a host unit may have the published document").isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/pdf");
        assertThat(RectificationTests.text(download.getContentAsByteArray())).contains(excellent);
    }

    @Test
    void theYearPageShowsTheResultsInForceAndTheStationPageEveryVersion() throws Exception {
        String name = "页面结果服务站" + System.nanoTime();
        long station = fixtures.station(name, LocalDate.of(2069, 1, 10));
        fixtures.publish(2070, station, Grade.QUALIFIED, new BigDecimal("66"));
        String year = mvc.perform(get("/evaluations/results/2070").with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(year).contains(name).contains("合格");
        String page = mvc.perform(get("/evaluations/results/stations/{id}", station)
                .with(user(applications.cityApplicant()))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(name).contains("衢市科协〔2071〕3号").doesNotContain("correction-form");
        String years = mvc.perform(get("/evaluations/results").with(user(world.user(Role.CITY_TALENT))))
                .andReturn().getResponse().getContentAsString();
        assertThat(years).contains("2070");
    }
}
