package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.RowOutcome;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * 批量通过 at the county CAST review: one opinion for several applications, each passed on its own (its own review
 * record and audit line); a row that moved on is refused alone and the others still pass.
 */
class BatchPassTests extends PlatformTest {

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Applications applications;

    @BeforeEach
    void setUp() {
        world.ensure();
    }

    @Test
    void eachTickedApplicationPassesOnItsOwnAndOneThatMovedOnIsRefusedAlone() throws Exception {
        long first = fixtures.submittedHome("批量甲服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        long second = fixtures.submittedHome("批量乙服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        long returned = fixtures.submittedHome("批量丙服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        as(world.user(Role.COUNTY_CAST), () -> {
            applications.decide(returned, ApplicationFixtures.returnForAmendment(fixtures.version(returned)));
            return null;
        });

        String list = mvc.perform(get("/applications").param("q", "批量").with(user(world.user(Role.COUNTY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("id=\"pick-" + first + "\"", "id=\"pick-" + second + "\"", "id=\"batch-pass-form\"")
                .doesNotContain("id=\"pick-" + returned + "\"");

        var r = mvc.perform(batch(first, second, returned).param("confirmed", "true")
                .param("back", "/applications?q=批量")).andReturn();
        assertThat(r.getResponse().getRedirectedUrl()).startsWith("/applications?q=");
        @SuppressWarnings("unchecked")
        List<RowOutcome> outcomes = (List<RowOutcome>) r.getFlashMap().get("batchOutcomes");
        assertThat(outcomes).extracting(RowOutcome::label, RowOutcome::done, RowOutcome::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple("批量甲服务站", true, "application.batch.passed"),
                org.assertj.core.groups.Tuple.tuple("批量乙服务站", true, "application.batch.passed"),
                org.assertj.core.groups.Tuple.tuple("批量丙服务站", false, "application.batch.notWaiting"));

        for (long id : List.of(first, second)) {
            ApplicationView view = as(world.user(Role.COUNTY_CAST), () -> applications.get(id));
            assertThat(view.status()).isEqualTo(ApplicationStatus.COUNTY_TALENT_RECOGNITION);
            assertThat(view.reviews()).last().satisfies(review -> {
                assertThat(review.opinion()).isEqualTo("材料齐全，同意报送。");
                assertThat(review.decision()).isEqualTo(ReviewDecision.PASS);
            });
        }
        assertThat(as(world.user(Role.COUNTY_CAST), () -> applications.get(returned).status()))
                .isEqualTo(ApplicationStatus.RETURNED);
    }

    @Test
    void withoutTheConfirmationTickNothingPassesAndThePageSaysWhy() throws Exception {
        long id = fixtures.submittedHome("批量未确认服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        var result = mvc.perform(batch(id)).andReturn();
        assertThat((java.util.Map<String, Object>) result.getFlashMap()).containsKey("problem").doesNotContainKey("batchOutcomes");
        assertThat(as(world.user(Role.COUNTY_CAST), () -> applications.get(id).status()))
                .isEqualTo(ApplicationStatus.COUNTY_CAST_REVIEW);
    }

    @Test
    void theOutcomesAreListedRowByRowOnTheListPage() throws Exception {
        long id = fixtures.submittedHome("批量结果服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        // as a browser does: the redirect's flash travels in the session (Spring Session's, by its cookie) to the list
        jakarta.servlet.http.Cookie session = cn.quzhou.stations.testsupport.SessionCookie.open(mvc);
        mvc.perform(batch(id).param("confirmed", "true").cookie(session));
        String page = mvc.perform(get("/applications").cookie(session).with(user(world.user(Role.COUNTY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("batch-outcomes", "批量结果服务站", "已通过，报送县人才办认定。");
    }

    @Test
    void anotherOfficeCannotPassInBatch() throws Exception {
        long id = fixtures.submittedCityDirect("批量市级服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        MockHttpServletResponse r = mvc.perform(post("/applications/batch-pass").param("ids", String.valueOf(id))
                .param("opinion", "同意").param("sealConfirmed", "true").param("confirmed", "true")
                .with(user(world.user(Role.CITY_CAST))).with(csrf())).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(403);
        assertThat(as(world.user(Role.CITY_CAST), () -> applications.get(id).status()))
                .isEqualTo(ApplicationStatus.CITY_CAST_REVIEW);
    }

    private MockHttpServletRequestBuilder batch(long... ids) {
        MockHttpServletRequestBuilder b = post("/applications/batch-pass").param("opinion", "材料齐全，同意报送。")
                .param("sealConfirmed", "true").with(user(world.user(Role.COUNTY_CAST))).with(csrf());
        for (long id : ids) {
            b.param("ids", String.valueOf(id));
        }
        return b;
    }
}
