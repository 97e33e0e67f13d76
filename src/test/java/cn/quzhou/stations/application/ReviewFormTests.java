package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 14 item 3: a review outcome is always chosen by the reviewer, never pre-selected, never assumed. */
class ReviewFormTests extends PlatformTest {

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Applications applications;

    @Test
    void theReviewFormPreSelectsNoOutcomeAndASubmissionWithoutOneIsRefusedAtTheField() throws Exception {
        world.ensure();
        long id = fixtures.submittedCityDirect("无预选结论服务站", fixtures.newSociety(SocietyLevel.NATIONAL));

        String form = mvc.perform(get("/applications/{id}", id).with(user(world.user(Role.CITY_CAST))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"review-form\"").doesNotContainPattern("name=\"decision\"[^>]*checked")
                .containsPattern("value=\"PASS\"[^>]*name=\"decision\"");

        String refused = mvc.perform(post("/applications/{id}/review", id).with(user(world.user(Role.CITY_CAST)))
                        .with(csrf()).param("opinion", "同意").param("sealConfirmed", "true").param("version", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(refused).containsPattern("id=\"decision-error\"[^>]*>此项必填。<");
        assertThat(ApplicationFixtures.as(world.user(Role.CITY_CAST), () -> applications.get(id)).status())
                .isEqualTo(ApplicationStatus.CITY_CAST_REVIEW);
    }

    @Test
    void aRefusalIsDecidedOnlyOnceTheReviewerConfirmedItsConsequence() throws Exception {
        world.ensure();
        long id = fixtures.submittedCityDirect("不通过须确认服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        int version = ApplicationFixtures.as(world.user(Role.CITY_CAST), () -> applications.get(id)).version();

        String asked = mvc.perform(reject(id, version)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(asked).contains("id=\"confirm-reject\"").contains("该申请状态变为“未通过”")
                .containsPattern("value=\"REJECT\"[^>]*name=\"decision\"[^>]*checked")
                .contains("不符合建站条件");
        assertThat(ApplicationFixtures.as(world.user(Role.CITY_CAST), () -> applications.get(id)).status())
                .isEqualTo(ApplicationStatus.CITY_CAST_REVIEW);

        mvc.perform(reject(id, version).param("confirmed", "true")).andExpect(status().is3xxRedirection());
        assertThat(ApplicationFixtures.as(world.user(Role.CITY_CAST), () -> applications.get(id)).status())
                .isEqualTo(ApplicationStatus.REJECTED);
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder reject(long id, int version) {
        return post("/applications/{id}/review", id).with(user(world.user(Role.CITY_CAST))).with(csrf())
                .param("decision", "REJECT").param("opinion", "不符合建站条件").param("sealConfirmed", "true")
                .param("version", String.valueOf(version));
    }
}
