package cn.quzhou.stations.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A ledger is seen by its own unit and by staff in scope; another unit's ledger answers 404, by URL and by API. */
class FundingAccessTests extends PlatformTest {

    @Autowired
    FundingFixtures funding;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    AccessTokens tokens;

    @Test
    void anotherUnitsLedgerIsNotFoundByUrlAndByApi() throws Exception {
        long cityStation = funding.national("访问市直台账服务站" + System.nanoTime());
        funding.publish(cityStation, 2098, 1, 1, Grade.QUALIFIED);
        long jiangshan = funding.jiangshan("访问江山台账服务站" + System.nanoTime());
        funding.publish(jiangshan, 2098, 1, 1, Grade.QUALIFIED);

        // the 江山 unit's applicant and the 江山 county staff: not the city-direct unit's ledger
        for (Role role : new Role[] {Role.APPLICANT, Role.COUNTY_CAST}) {
            assertThat(mvc.perform(get("/funding/ledgers/{s}", cityStation).with(user(world.user(role))))
                    .andReturn().getResponse().getStatus()).as(role + " by URL").isEqualTo(404);
            assertThat(mvc.perform(ApiTokens.bearer(get("/api/funding/ledgers/{s}", cityStation),
                    ApiTokens.of(role, world, tokens))).andReturn().getResponse().getStatus()).as(role + " by API").isEqualTo(404);
            assertThat(mvc.perform(get("/funding/ledgers/{s}", jiangshan).with(user(world.user(role))))
                    .andReturn().getResponse().getStatus()).as(role + " sees its own").isEqualTo(200);
        }
        // the city-direct unit's applicant: its own, not the 江山 unit's
        assertThat(mvc.perform(get("/funding/ledgers/{s}", cityStation).with(user(applications.cityApplicant())))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(mvc.perform(get("/funding/ledgers/{s}", jiangshan).with(user(applications.cityApplicant())))
                .andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/funding/ledgers/{s}", jiangshan).with(user(applications.otherCountyCast())))
                .andReturn().getResponse().getStatus()).as("another county's staff").isEqualTo(404);
    }
}
