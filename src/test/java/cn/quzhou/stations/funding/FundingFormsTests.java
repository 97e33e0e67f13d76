package cn.quzhou.stations.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

/** Refused funding forms come back with the message at the field and what was typed kept — never a server error. */
class FundingFormsTests extends PlatformTest {

    @Autowired
    FundingFixtures funding;

    @Autowired
    FundsLedgers ledgers;

    @Autowired
    ApplicationFixtures applications;

    private long paidStation(String name, int year) {
        long station = funding.national(name + System.nanoTime());
        funding.publish(station, year, 1, 1, Grade.QUALIFIED);
        funding.pay(station, year);
        return station;
    }

    @Test
    void anExpenseDatedBeforeTheFirstGrantWasReceivedIsRefusedAtTheDateField() throws Exception {
        long station = paidStation("表单首笔到账前支出服务站", 2097);
        LocalDate received = LocalDate.now(clock);
        String dayBefore = received.minusDays(1).toString();
        String page = expense(station, dayBefore, "10.00", "某公司", "到账前的支出");
        assertThat(page).contains("支出日期不能早于首笔资助经费到账日期（" + received + "）", "value=\"" + dayBefore + "\"",
                "到账前的支出");
        assertThat(as(world.user(Role.CITY_CAST), () -> ledgers.entries(station, FundingFixtures.ALL_ENTRIES, EntryFilter.none()).items())).hasSize(1);
    }

    @Test
    void aVoucherOfAKindNotAcceptedIsSaidAtTheTopOfTheFormWithTheTypedValuesKept() throws Exception {
        long station = paidStation("表单凭证类型服务站", 2097);
        MockHttpServletResponse r = mvc.perform(multipart("/funding/ledgers/{s}/expenses", station)
                        .file(new MockMultipartFile("voucher", "凭证.exe", "application/octet-stream",
                                "MZ not a voucher".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                        .with(user(applications.cityApplicant())).with(csrf())
                        .param("entryDate", LocalDate.now(clock).toString()).param("amount", "10.00")
                        .param("category", "MATERIALS").param("payee", "某公司").param("purpose", "凭证类型不符的支出")
                        .param("project", "联合攻关"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("只接受 PDF、JPEG、PNG 或 DOCX 文件", "凭证类型不符的支出");
        assertThat(as(world.user(Role.CITY_CAST), () -> ledgers.entries(station, FundingFixtures.ALL_ENTRIES, EntryFilter.none()).items())).hasSize(1);
    }

    @Test
    void anOverLongPayeeIsAFieldMessageWithTheTypedValuesKept() throws Exception {
        long station = paidStation("表单超长收款方服务站", 2097);
        String payee = "收".repeat(201);
        String page = expense(station, LocalDate.now(clock).toString(), "10.00", payee, "超长收款方用途");
        assertThat(page).contains("is-invalid", payee, "超长收款方用途");
        assertThat(as(world.user(Role.CITY_CAST), () -> ledgers.entries(station, FundingFixtures.ALL_ENTRIES, EntryFilter.none()).items())).hasSize(1);
    }

    @Test
    void anOverLongReversalReasonIsRefusedWithAMessageNotAServerError() throws Exception {
        long station = paidStation("表单超长冲销原因服务站", 2097);
        EntryView e = as(applications.cityApplicant(), () -> ledgers.recordExpense(station, new ExpenseCommand(
                LocalDate.now(clock), new BigDecimal("10.00"), "LABOUR", "张三", "劳务", "联合攻关"), null, null));
        var r = mvc.perform(post("/funding/ledgers/{s}/entries/{e}/reverse", station, e.id())
                        .with(user(applications.cityApplicant())).with(csrf()).param("reason", "因".repeat(1001)))
                .andReturn();
        assertThat(r.getResponse().getStatus()).isEqualTo(302);
        assertThat(r.getFlashMap().get("problem")).isEqualTo(cn.quzhou.stations.shared.PageMessage.of("funding.error.reasonTooLong"));
        assertThat(as(applications.cityApplicant(), () -> ledgers.entries(station, FundingFixtures.ALL_ENTRIES, EntryFilter.none()).items())).hasSize(2);
    }

    @Test
    void anOverLongPaymentDocumentNumberIsShownAtTheFieldWithTheTypedValuesKept() throws Exception {
        long station = funding.national("表单超长拨付文号服务站" + System.nanoTime());
        funding.publish(station, 2098, 1, 1, Grade.QUALIFIED);
        InstalmentView due = funding.instalment(station, 2098);
        String number = "衢".repeat(65);
        MockHttpServletResponse r = mvc.perform(post("/funding/instalments/{id}/payments", due.id())
                        .with(user(world.user(Role.CITY_CAST))).with(csrf())
                        .param("paidOn", LocalDate.now(clock).toString()).param("amount", "500000.00")
                        .param("documentNumber", number).param("bankReference", "BANK-FORM-1")
                        .param("idempotencyKey", UUID.randomUUID().toString()).param("confirmed", "true"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("is-invalid", number, "BANK-FORM-1");
        assertThat(funding.instalment(station, 2098).payment()).isNull();
    }

    @Test
    void anOverLongRepaymentReferenceIsShownAtTheFieldWithTheTypedValuesKept() throws Exception {
        long station = paidStation("表单超长缴款凭证服务站", 2098);
        funding.revoke(station);
        long clawback = as(world.user(Role.CITY_CAST), () -> funding.clawbackOf(station));
        String reference = "退".repeat(65);
        MockHttpServletResponse r = mvc.perform(post("/funding/clawbacks/{id}/repayments", clawback)
                        .with(user(world.user(Role.CITY_CAST))).with(csrf())
                        .param("repaidOn", LocalDate.now(clock).toString()).param("amount", "12.34")
                        .param("reference", reference))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("is-invalid", reference, "value=\"12.34\"");
    }

    private String expense(long station, String date, String amount, String payee, String purpose) throws Exception {
        MockHttpServletResponse r = mvc.perform(multipart("/funding/ledgers/{s}/expenses", station)
                        .file(new MockMultipartFile("voucher", new byte[0]))
                        .with(user(applications.cityApplicant())).with(csrf())
                        .param("entryDate", date).param("amount", amount).param("category", "MATERIALS")
                        .param("payee", payee).param("purpose", purpose).param("project", "联合攻关"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString();
    }
}
