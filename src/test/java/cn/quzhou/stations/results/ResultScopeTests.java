package cn.quzhou.stations.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.CorrectionCommand;
import cn.quzhou.stations.results.CorrectionView;
import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.EvaluationResults;
import cn.quzhou.stations.results.Rectifications;
import cn.quzhou.stations.results.ResultCorrections;
import cn.quzhou.stations.results.ResultFixtures;
import cn.quzhou.stations.results.YearSummary;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** Results and tasks are read within the principal's scope: another unit's are not found, by page and by API. */
class ResultScopeTests extends PlatformTest {

    @Autowired
    ResultFixtures fixtures;

    @Autowired
    EvaluationResults results;

    @Autowired
    Rectifications rectifications;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    AccessTokens tokens;

    @Autowired
    ResultCorrections corrections;

    @Test
    void anotherUnitsResultAndTaskAreNotFoundByUrlAndApi() throws Exception {
        long station = fixtures.station("他人结果服务站" + System.nanoTime(), LocalDate.of(2070, 1, 10));
        fixtures.publish(2071, station, Grade.UNQUALIFIED, new BigDecimal("33"));
        long task = as(world.user(Role.CITY_CAST), () -> rectifications.list(false)).stream()
                .filter(t -> t.stationId() == station).findFirst().orElseThrow().id();
        var homeApplicant = world.user(Role.APPLICANT);

        for (String url : new String[] {"/evaluations/results/stations/" + station, "/evaluations/results/2071",
                "/rectifications/" + task, "/rectifications/" + task + "/notice"}) {
            assertThat(mvc.perform(get(url).with(user(homeApplicant))).andReturn().getResponse().getStatus())
                    .as(url).isEqualTo(404);
            assertThat(mvc.perform(get(url).with(user(world.user(Role.COUNTY_CAST)))).andReturn().getResponse()
                    .getStatus()).as(url).isEqualTo(404);
            assertThat(mvc.perform(get(url).with(user(applications.cityApplicant()))).andReturn().getResponse()
                    .getStatus()).as(url).isEqualTo(200);
        }
        String token = ApiTokens.of(Role.APPLICANT, world, tokens);
        for (String url : new String[] {"/api/evaluations/results/stations/" + station, "/api/evaluations/results/2071",
                "/api/rectifications/" + task}) {
            assertThat(mvc.perform(ApiTokens.bearer(get(url), token)).andReturn().getResponse().getStatus())
                    .as(url).isEqualTo(404);
        }
        assertThat(mvc.perform(get("/api/rectifications").header("Authorization", "Bearer " + token))
                .andReturn().getResponse().getContentAsString()).doesNotContain("他人结果服务站");
        assertThat(as(applications.cityApplicant(), () -> results.years())).extracting(YearSummary::year).contains(2071);
        assertThat(as(homeApplicant, () -> results.years())).extracting(YearSummary::year).doesNotContain(2071);
        assertThatThrownBy(() -> as(world.user(Role.EXPERT), () -> results.years()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(world.user(Role.CITY_TALENT), () -> results.history(Long.MAX_VALUE)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void proposedAndRejectedCorrectionsReachOnlyWhoMayCorrectNotTheHostUnitNorTheCityTalentOffice() throws Exception {
        long station = fixtures.station("内部更正服务站" + System.nanoTime(), LocalDate.of(2070, 1, 10));
        fixtures.publish(2071, station, Grade.QUALIFIED, new BigDecimal("70"));
        CorrectionView rejected = as(world.user(Role.CITY_CAST), () -> corrections.propose(station,
                new CorrectionCommand(2071, null, new BigDecimal("72"), "内部理由甲")));
        as(fixtures.secondCityCast(), () -> {
            corrections.reject(rejected.id(), new DecisionNote("内部驳回意见乙"));
            return null;
        });
        as(world.user(Role.CITY_CAST), () -> corrections.propose(station,
                new CorrectionCommand(2071, null, new BigDecimal("73"), "内部理由丙")));

        assertThat(as(world.user(Role.CITY_CAST), () -> results.history(station)).corrections()).hasSize(2);
        var hostUnit = applications.cityApplicant();
        for (var reader : new cn.quzhou.stations.organisation.PlatformUser[] {hostUnit, world.user(Role.CITY_TALENT)}) {
            assertThat(as(reader, () -> results.history(station)).corrections()).isEmpty();
            assertThat(mvc.perform(get("/evaluations/results/stations/" + station).with(user(reader))).andReturn()
                    .getResponse().getContentAsString()).doesNotContain("内部理由").doesNotContain("内部驳回意见");
            String token = ApiTokens.create(reader, tokens, "更正可见性" + System.nanoTime(), 1);
            assertThat(mvc.perform(ApiTokens.bearer(get("/api/evaluations/results/stations/" + station), token))
                    .andReturn().getResponse().getContentAsString()).contains("内部更正服务站")
                    .doesNotContain("内部理由").doesNotContain("内部驳回意见");
        }
    }
}
