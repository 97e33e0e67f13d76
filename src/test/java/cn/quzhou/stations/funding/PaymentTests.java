package cn.quzhou.stations.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.Concurrently;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.mock.web.MockHttpServletResponse;

/** A disbursement is recorded by one city CAST official, approved by another, and made exactly once. */
@RecordApplicationEvents
class PaymentTests extends PlatformTest {

    /** The events published in the test's thread: an aggregate's move reaches them when it is saved. */
    @Autowired
    ApplicationEvents events;

    @Autowired
    FundingFixtures funding;

    @Autowired
    Grants grants;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    cn.quzhou.stations.application.ApplicationFixtures applications;

    @Test
    void twentySimultaneousAttemptsToPayTheSameInstalmentMakeExactlyOnePayment() throws Exception {
        long station = funding.national("并发拨付服务站" + System.nanoTime());
        funding.publish(station, 2090, 1, 1, Grade.QUALIFIED);
        InstalmentView i = funding.instalment(station, 2090);
        PlatformUser cityCast = world.user(Role.CITY_CAST);
        List<String> results = Concurrently.run(20, () -> {
            try {
                return "paid #" + as(cityCast, () -> grants.record(i.id(), funding.payment(i.amount()),
                        UUID.randomUUID().toString())).id();
            } catch (BusinessRuleException e) {
                return e.messageKey();
            }
        });
        assertThat(results).filteredOn(r -> r.startsWith("paid")).hasSize(1);
        assertThat(results).filteredOn(r -> r.equals("funding.error.alreadyPaid")).hasSize(19);
        assertThat(jdbc.sql("select count(*) from grant_payment where instalment_id = ?").param(i.id())
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aDoubleSubmittedIdempotencyKeyReturnsTheSamePayment() throws Exception {
        long station = funding.national("幂等拨付服务站" + System.nanoTime());
        funding.publish(station, 2091, 1, 1, Grade.EXCELLENT);
        String key = UUID.randomUUID().toString();
        String token = ApiTokens.of(Role.CITY_CAST, world, tokens);
        String body = "{\"paidOn\":\"" + LocalDate.now(clock) + "\",\"amount\":500000.00,"
                + "\"documentNumber\":\"衢财拨〔2026〕9号\",\"bankReference\":\"BANK-API-1\"}";
        List<String> answers = new ArrayList<>();
        for (int n = 0; n < 2; n++) {
            MockHttpServletResponse r = mvc.perform(ApiTokens.bearer(post("/api/funding/stations/{s}/years/2091/payment", station)
                    .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body), token))
                    .andReturn().getResponse();
            assertThat(r.getStatus()).isEqualTo(201);
            answers.add(r.getContentAsString());
        }
        assertThat(answers.get(1)).isEqualTo(answers.get(0));
        long instalment = funding.instalment(station, 2091).id();
        assertThat(jdbc.sql("select count(*) from grant_payment where instalment_id = ?").param(instalment)
                .query(Long.class).single()).isEqualTo(1);
        // the same key from the form, twice (a double click): still that one payment
        PaymentView again = as(world.user(Role.CITY_CAST), () -> grants.record(instalment,
                funding.payment(new BigDecimal("500000")), key));
        assertThat(answers.get(0)).contains("\"id\":" + again.id() + ",");
    }

    @Test
    void theOfficialWhoRecordedADisbursementCannotApproveIt() {
        long station = funding.national("自审拨付服务站" + System.nanoTime());
        funding.publish(station, 2092, 1, 1, Grade.QUALIFIED);
        InstalmentView i = funding.instalment(station, 2092);
        PaymentView p = as(world.user(Role.CITY_CAST), () -> grants.record(i.id(), funding.payment(i.amount()),
                UUID.randomUUID().toString()));
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> grants.approve(p.id())))
                .isInstanceOf(BusinessRuleException.class).hasMessage("funding.error.ownApproval");
        assertThat(funding.instalment(station, 2092).status()).isEqualTo(InstalmentStatus.DUE);
        assertThat(messages(funding.secondCityCast().accountId(), "funding.notify.approve", "/funding/instalments/" + i.id()))
                .as("the other city CAST officials are asked to approve").isEqualTo(1);
        assertThat(messages(world.user(Role.CITY_CAST).accountId(), "funding.notify.approve", "/funding/instalments/" + i.id()))
                .as("not the recorder").isZero();
        PaymentView approved = as(funding.secondCityCast(), () -> grants.approve(p.id()));
        assertThat(approved.approvedBy()).isEqualTo(funding.secondCityCast().getUsername());
        assertThat(funding.instalment(station, 2092).status()).isEqualTo(InstalmentStatus.PAID);
        assertThat(events.stream(PaymentMoved.class)).as("the approval, published when the payment was saved")
                .containsExactly(new PaymentMoved(p.id(), PaymentStatus.Step.APPROVE, PaymentStatus.AWAITING_APPROVAL,
                        PaymentStatus.APPROVED));
        assertThat(events.stream(InstalmentMoved.class)).contains(new InstalmentMoved(i.id(),
                InstalmentStatus.Step.PAY, InstalmentStatus.DUE, InstalmentStatus.PAID));
        assertThat(messages(applications.cityApplicant().accountId(), "funding.notify.paid", "/funding/ledgers/" + station))
                .as("the host unit hears the money arrived").isEqualTo(1);
    }

    @Test
    void badDisbursementInputIsRefusedAtItsFieldAndTheTypedValuesStay() throws Exception {
        long station = funding.national("拨付输入服务站" + System.nanoTime());
        funding.publish(station, 2093, 1, 1, Grade.QUALIFIED);
        long id = funding.instalment(station, 2093).id();
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();
        String today = LocalDate.now(clock).toString();
        assertThat(form(id, today, "-5", "衢财拨-负数")).contains("金额必须大于零", "value=\"-5\"", "衢财拨-负数");
        assertThat(form(id, today, "0", "衢财拨-零")).contains("金额必须大于零");
        assertThat(form(id, today, "500000.001", "衢财拨-三位")).contains("金额最多两位小数", "value=\"500000.001\"");
        assertThat(form(id, tomorrow, "500000.00", "衢财拨-明天")).contains("日期不能晚于今天", tomorrow);
        assertThat(form(id, today, "499999.99", "衢财拨-少拨")).contains("拨付金额须等于应拨金额 500000.00 元");
        assertThat(funding.instalment(station, 2093).payment()).isNull();
        funding.pay(station, 2093);
        assertThat(form(id, today, "500000.00", "衢财拨-重复")).as("a second payment: the reason shows though the form is gone")
                .contains("该批次已登记拨付，不能重复拨付。").doesNotContain("id=\"payment-form\"");
    }

    @Test
    void aPaymentForAYearWithoutAPassingPublishedResultIsRefusedWithTheReason() throws Exception {
        long station = funding.national("无合格结果服务站" + System.nanoTime());
        funding.publish(station, 2094, 1, 1, Grade.UNQUALIFIED);
        MockHttpServletResponse r = mvc.perform(ApiTokens.bearer(post("/api/funding/stations/{s}/years/2094/payment", station)
                .header("Idempotency-Key", UUID.randomUUID().toString()).contentType(MediaType.APPLICATION_JSON)
                .content("{\"paidOn\":\"" + LocalDate.now(clock) + "\",\"amount\":500000.00,"
                        + "\"documentNumber\":\"X\",\"bankReference\":\"Y\"}"), ApiTokens.of(Role.CITY_CAST, world, tokens)))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(422);
        assertThat(r.getContentAsString()).contains("2094年度没有已公布的合格（优秀）考核结果");
    }

    private long messages(long account, String key, String link) {
        return jdbc.sql("select count(*) from notification_message where recipient_account_id = ? and subject_key = ? and link = ?")
                .params(account, key, link).query(Long.class).single();
    }

    private String form(long instalment, String paidOn, String amount, String document) throws Exception {
        MockHttpServletResponse r = mvc.perform(post("/funding/instalments/{id}/payments", instalment)
                        .with(user(world.user(Role.CITY_CAST))).with(csrf())
                        .param("idempotencyKey", UUID.randomUUID().toString()).param("paidOn", paidOn)
                        .param("amount", amount).param("documentNumber", document).param("bankReference", "BANK-F")
                        .param("confirmed", "true"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString();
    }
}
