package cn.quzhou.stations.evaluation;

import static cn.quzhou.stations.evaluation.EvaluationFixtures.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** The pages and the API of the route: another unit's report is not found; refusals show their reason. */
class EvaluationWebTests extends PlatformTest {

    @Autowired
    EvaluationFixtures fixtures;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    AccessTokens tokens;

    @Test
    void anotherUnitsReportIsNotFoundByUrlAndByApiWhileTheOwnUnitDraftsWithALivePreview() throws Exception {
        long own = fixtures.countyStation("江山网页考核服务站", 2046);
        long foreign = fixtures.cityStation("市直网页考核服务站", 2046);
        Instant before = clock.set(noon(LocalDate.of(2047, 1, 5)));
        try {
            fixtures.open(2046, LocalDate.of(2047, 1, 20));
            fixtures.salon(own, 2046, "网页沙龙");
            long ownReport = fixtures.reportOf(2046, own);
            long foreignReport = fixtures.reportOf(2046, foreign);

            MockHttpServletResponse page = mvc.perform(get("/evaluations/reports/{id}", ownReport)
                    .with(user(world.user(Role.APPLICANT)))).andReturn().getResponse();
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(page.getContentAsString()).contains("draft-form", "江山网页考核服务站", "预览");

            assertThat(mvc.perform(get("/evaluations/reports/{id}", foreignReport)
                    .with(user(world.user(Role.APPLICANT)))).andReturn().getResponse().getStatus()).isEqualTo(404);
            String token = ApiTokens.of(Role.APPLICANT, world, tokens);
            assertThat(mvc.perform(ApiTokens.bearer(get("/api/evaluations/reports/{id}", foreignReport), token))
                    .andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(mvc.perform(ApiTokens.bearer(post("/api/evaluations/reports/{id}/submit", foreignReport)
                            .contentType(MediaType.APPLICATION_JSON).content("{\"version\":0}"), token))
                    .andReturn().getResponse().getStatus()).isEqualTo(404);
            assertThat(mvc.perform(ApiTokens.bearer(get("/api/evaluations/reports/{id}", ownReport), token))
                    .andReturn().getResponse().getContentAsString()).contains("\"total\"");

            // after the deadline: the API answers 422 with the deadline in the message, the page shows it
            clock.set(noon(LocalDate.of(2047, 1, 21)));
            MockHttpServletResponse late = mvc.perform(ApiTokens.bearer(post("/api/evaluations/reports/{id}/submit",
                            ownReport).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"version\":" + fixtures.version(ownReport) + "}"), token))
                    .andReturn().getResponse();
            assertThat(late.getStatus()).isEqualTo(422);
            assertThat(late.getContentAsString()).contains("2047-01-20");
            MockHttpServletResponse form = mvc.perform(post("/evaluations/reports/{id}/draft", ownReport)
                    .param("summary", "总结").param("submit", "1").param("version", "0")
                    .with(user(world.user(Role.APPLICANT))).with(csrf())).andReturn().getResponse();
            assertThat(form.getStatus()).isEqualTo(200);
            assertThat(form.getContentAsString()).contains("2047-01-20");
        } finally {
            clock.set(before);
        }
    }
}
