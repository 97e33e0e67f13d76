package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.organisation.OpinionPhrases;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 常用意见 on the review form: the reviewer's saved phrases are offered beside the opinion box, to fill it. */
class ReviewOpinionPhrasesTests extends PlatformTest {

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    OpinionPhrases phrases;

    @BeforeEach
    void setUp() {
        world.ensure();
    }

    @Test
    void theCountyReviewFormOffersTheReviewersPhrasesForItsOpinionBox() throws Exception {
        long id = fixtures.submittedHome("常用意见服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        as(world.user(Role.COUNTY_CAST), () -> phrases.save("经审核，材料齐全（常用意见测试）。"));
        String page = mvc.perform(get("/applications/{id}", id).with(user(world.user(Role.COUNTY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).containsPattern("<select[^>]*phrase-picker[^>]*data-target=\"opinion\"")
                .contains("<option value=\"经审核，材料齐全（常用意见测试）。\"");
        // the applicant's own page has no review form, so no phrases
        String applicant = mvc.perform(get("/applications/{id}", id).with(user(world.user(Role.APPLICANT))))
                .andReturn().getResponse().getContentAsString();
        assertThat(applicant).doesNotContain("经审核，材料齐全（常用意见测试）。");
    }
}
