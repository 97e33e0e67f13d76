package cn.quzhou.stations.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Every funding page renders in Chinese and in English with every text found, and the home lists the to-dos. */
class FundingPagesTests extends PlatformTest {

    @Autowired
    FundingFixtures funding;

    @Autowired
    FundsLedgers ledgers;

    @Autowired
    ApplicationFixtures applications;

    @Test
    void everyFundingPageRendersInBothLanguages() throws Exception {
        long station = funding.national("页面资助服务站" + System.nanoTime());
        funding.publish(station, 2094, 1, 1, Grade.QUALIFIED);
        funding.pay(station, 2094);
        EntryView e = as(applications.cityApplicant(), () -> ledgers.recordExpense(station, new ExpenseCommand(
                LocalDate.now(clock), new BigDecimal("10.00"), "LABOUR", "张三", "劳务", "联合攻关"), null, null));
        as(applications.cityApplicant(), () -> ledgers.reverse(station, e.id(), new ReversalCommand("录错")));
        funding.revoke(station);
        long instalment = funding.instalment(station, 2094).id();
        long clawback = as(world.user(Role.CITY_CAST), () -> funding.clawbackOf(station));
        PlatformUser cast = world.user(Role.CITY_CAST);
        for (String lang : new String[] {"zh_CN", "en"}) {
            for (String path : new String[] {"/funding", "/funding/instalments/" + instalment, "/funding/ledgers/" + station,
                    "/funding/clawbacks", "/funding/clawbacks/" + clawback, "/funding/reconciliation", "/funding/overview", "/"}) {
                MockHttpServletResponse r = mvc.perform(get(path).param("lang", lang).with(user(cast))).andReturn().getResponse();
                assertThat(r.getStatus()).as(path + " " + lang).isEqualTo(200);
                assertThat(r.getContentAsString()).as(path + " " + lang).doesNotContain("??");
            }
        }
        String home = mvc.perform(get("/").with(user(cast))).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("追缴中的资助款项", "/funding/clawbacks");
    }
}
