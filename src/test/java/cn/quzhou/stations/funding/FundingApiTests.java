package cn.quzhou.stations.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** The funding API: documented in OpenAPI, refusing what the pages refuse with the same messages. */
class FundingApiTests extends PlatformTest {

    @Autowired
    FundingFixtures funding;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    AccessTokens tokens;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void theFundingEndpointsAreDocumentedWithTheirSummaries() throws Exception {
        String docs = mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString();
        assertThat(docs).contains("/api/funding/instalments", "/api/funding/stations/{stationId}/years/{year}/payment",
                "/api/funding/ledgers/{stationId}/expenses", "/api/funding/clawbacks/{id}/repayments",
                "/api/funding/reconciliation", "/api/funding/overview", "登记某服务站某考核年度的拨付", "Idempotency-Key");
    }

    @Test
    void theHostRecordsAnExpenseOverTheApiAndOneBeyondTheBalanceIsRefusedAtItsField() throws Exception {
        long station = funding.national("接口台账服务站" + System.nanoTime());
        funding.publish(station, 2095, 1, 1, Grade.QUALIFIED);
        funding.pay(station, 2095);
        String token = ApiTokens.create(applications.cityApplicant(), tokens, "funding api " + System.nanoTime(), null);
        String today = LocalDate.now(clock).toString();
        MockHttpServletResponse ok = expense(station, token, "{\"entryDate\":\"" + today + "\",\"amount\":2500.00,"
                + "\"category\":\"EXPERT_CONSULTING\",\"payee\":\"王专家\",\"purpose\":\"技术咨询\",\"project\":\"联合攻关\"}");
        assertThat(ok.getStatus()).isEqualTo(201);
        assertThat(ok.getContentAsString()).contains("\"kind\":\"EXPENSE\"", "专家咨询费");
        MockHttpServletResponse over = expense(station, token, "{\"entryDate\":\"" + today + "\",\"amount\":497500.01,"
                + "\"category\":\"EXPERT_CONSULTING\",\"payee\":\"王专家\",\"purpose\":\"技术咨询\",\"project\":\"联合攻关\"}");
        assertThat(over.getStatus()).isEqualTo(422);
        assertThat(over.getContentAsString()).contains("amount", "支出超过经费余额（当前余额 497500.00 元）");
        MockHttpServletResponse digits = expense(station, token, "{\"entryDate\":\"" + today + "\",\"amount\":1.005,"
                + "\"category\":\"EXPERT_CONSULTING\",\"payee\":\"王专家\",\"purpose\":\"技术咨询\",\"project\":\"联合攻关\"}");
        assertThat(digits.getStatus()).isEqualTo(400);
        assertThat(digits.getContentAsString()).contains("amount");
    }

    @Test
    void aRepaymentInTheFutureOrBeyondWhatIsOutstandingIsRefusedAtItsField() throws Exception {
        long station = funding.national("缴回输入服务站" + System.nanoTime());
        funding.publish(station, 2096, 1, 1, Grade.QUALIFIED);
        funding.pay(station, 2096);
        funding.revoke(station);
        long clawback = jdbc.sql("select id from clawback where station_id = ?").param(station).query(Long.class).single();
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();
        assertThat(repay(clawback, tomorrow, "100.00")).contains("日期不能晚于今天", "value=\"" + tomorrow + "\"");
        assertThat(repay(clawback, LocalDate.now(clock).toString(), "500000.01"))
                .contains("缴回金额不能超过尚未缴回的 500000.00 元", "value=\"500000.01\"");
        assertThat(repay(clawback, LocalDate.now(clock).toString(), "-1")).contains("金额必须大于零");
    }

    private String repay(long clawback, String date, String amount) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/funding/clawbacks/{id}/repayments", clawback)
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(world.user(Role.CITY_CAST)))
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                .param("repaidOn", date).param("amount", amount).param("reference", "退款凭证")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString();
    }

    private MockHttpServletResponse expense(long station, String token, String json) throws Exception {
        return mvc.perform(ApiTokens.bearer(post("/api/funding/ledgers/{s}/expenses", station)
                .contentType(MediaType.APPLICATION_JSON).content(json), token)).andReturn().getResponse();
    }
}
