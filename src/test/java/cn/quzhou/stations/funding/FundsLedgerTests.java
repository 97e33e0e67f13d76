package cn.quzhou.stations.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.testsupport.Concurrently;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;

/** The funds ledger (Art. 8-10): never below zero, only Art. 9's categories, corrections by reversing entries. */
class FundsLedgerTests extends PlatformTest {

    @Autowired
    FundingFixtures funding;

    @Autowired
    FundsLedgers ledgers;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    JdbcClient jdbc;

    private long paidStation(String name) {
        long station = funding.national(name + System.nanoTime());
        funding.publish(station, 2095, 1, 1, Grade.QUALIFIED);
        funding.pay(station, 2095);
        return station;
    }

    private ExpenseCommand expense(String amount, String category, String project) {
        return new ExpenseCommand(LocalDate.now(clock), new BigDecimal(amount), category, "某检测中心", "材料检测",
                project);
    }

    @Test
    void theLedgerRefusesAnExpenseBeyondTheBalanceAndOneOutsideTheCategories() {
        long station = paidStation("台账余额服务站");
        PlatformUser host = applications.cityApplicant();
        as(host, () -> ledgers.recordExpense(station, expense("499999.99", "TESTING", "氟材料联合攻关"), null, null));
        assertThatThrownBy(() -> as(host, () -> ledgers.recordExpense(station, expense("0.02", "TESTING", "氟材料联合攻关"),
                null, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("funding.error.overBalance")
                .extracting(e -> ((BusinessRuleException) e).field()).isEqualTo("amount");
        assertThatThrownBy(() -> as(host, () -> ledgers.recordExpense(station, expense("0.01", "ENTERTAINMENT", null),
                null, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("funding.error.category");
        assertThatThrownBy(() -> as(host, () -> ledgers.recordExpense(station, expense("0.01", "PROJECT_COOPERATION",
                "项目"), null, null)))
                .as("a heading, not a leaf").isInstanceOf(BusinessRuleException.class).hasMessage("funding.error.category");
        assertThatThrownBy(() -> as(host, () -> ledgers.recordExpense(station, expense("0.01", "LABOUR", " "), null, null)))
                .isInstanceOf(BusinessRuleException.class).hasMessage("funding.error.projectRequired");
        as(host, () -> ledgers.recordExpense(station, expense("0.01", "ACADEMIC_EXCHANGE", null), null, null));
        assertThat(as(host, () -> ledgers.get(station)).balance()).isEqualByComparingTo("0.00");
        assertThatThrownBy(() -> jdbc.sql("update funds_ledger set balance = -1 where station_id = ?").param(station).update())
                .as("the database refuses a negative balance too").hasMessageContaining("funds_ledger_balance_check");
    }

    @Test
    void twoExpensesAtOnceCannotBothSpendTheLastOfTheBalance() throws Exception {
        long station = paidStation("台账并发服务站");
        PlatformUser host = applications.cityApplicant();
        List<String> results = Concurrently.run(4, () -> {
            try {
                as(host, () -> ledgers.recordExpense(station, expense("300000.00", "MATERIALS", "联合攻关"), null, null));
                return "spent";
            } catch (BusinessRuleException e) {
                return e.messageKey();
            }
        });
        assertThat(results).containsOnlyOnce("spent").filteredOn("funding.error.overBalance"::equals).hasSize(3);
        assertThat(as(host, () -> ledgers.get(station)).balance()).isEqualByComparingTo("200000.00");
    }

    @Test
    void aReversingEntryCorrectsAnExpenseAndBothStayInTheHistory() {
        long station = paidStation("台账冲销服务站");
        PlatformUser host = applications.cityApplicant();
        EntryView wrong = as(host, () -> ledgers.recordExpense(station, expense("12000.00", "EXPERT_CONSULTING", "联合攻关"),
                "凭证.pdf", new ByteArrayInputStream(TestFiles.pdf())));
        EntryView reversal = as(host, () -> ledgers.reverse(station, wrong.id(), new ReversalCommand("金额录错，应为1.2万元以下")));
        assertThat(reversal.reversesId()).isEqualTo(wrong.id());
        assertThatThrownBy(() -> as(host, () -> ledgers.reverse(station, wrong.id(), new ReversalCommand("再冲一次"))))
                .isInstanceOf(ConflictException.class);
        LedgerView ledger = as(world.user(Role.CITY_CAST), () -> ledgers.get(station));
        List<EntryView> entries = as(world.user(Role.CITY_CAST),
                () -> ledgers.entries(station, FundingFixtures.ALL_ENTRIES, EntryFilter.none()).items());
        assertThat(entries).extracting(EntryView::kind)
                .containsExactly(EntryKind.RECEIPT, EntryKind.EXPENSE, EntryKind.REVERSAL);
        assertThat(entries.get(1).reversedById()).isEqualTo(reversal.id());
        assertThat(entries.get(1).voucherName()).isEqualTo("凭证.pdf");
        assertThat(ledger.balance()).isEqualByComparingTo("500000.00");
        assertThat(ledger.spent()).isEqualByComparingTo("0");
        assertThatThrownBy(() -> jdbc.sql("update ledger_entry set amount = 1 where id = ?").param(wrong.id()).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from ledger_entry where id = ?").param(wrong.id()).update())
                .hasMessageContaining("append-only");
    }

    @Test
    void badExpenseInputIsShownAtTheFieldWithTheTypedValuesKept() throws Exception {
        long station = paidStation("台账表单服务站");
        String today = LocalDate.now(clock).toString();
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();
        assertThat(post(station, today, "-3", "MATERIALS", "负数支出用途")).contains("金额必须大于零", "value=\"-3\"", "负数支出用途");
        assertThat(post(station, today, "1.234", "MATERIALS", "三位小数用途")).contains("金额最多两位小数", "value=\"1.234\"");
        assertThat(post(station, tomorrow, "10", "MATERIALS", "明天用途")).contains("日期不能晚于今天", "value=\"" + tomorrow + "\"");
        assertThat(post(station, today, "10", "BANQUET", "宴请用途")).contains("请选择第九条规定范围内的支出类别", "宴请用途");
        assertThat(post(station, today, "600000", "MATERIALS", "超额用途")).contains("支出超过经费余额（当前余额 500000.00 元）",
                "value=\"600000\"");
        assertThat(as(world.user(Role.CITY_CAST), () -> ledgers.entries(station, FundingFixtures.ALL_ENTRIES, EntryFilter.none()).items())).hasSize(1);
    }

    @Test
    void theYearlyUsageReportComesAsPdfAndAsExcelWithNumericCells() throws Exception {
        long station = paidStation("台账报表服务站");
        PlatformUser host = applications.cityApplicant();
        as(host, () -> ledgers.recordExpense(station, expense("1000.50", "MATERIALS", "联合攻关"), null, null));
        as(host, () -> ledgers.recordExpense(station, expense("2000.00", "TALENT_SERVICES", null), null, null));
        int year = LocalDate.now(clock).getYear();
        UsageReport report = as(host, () -> ledgers.usage(station, year));
        assertThat(report.spentInYear()).isEqualByComparingTo("3000.50");
        assertThat(report.lines()).filteredOn(l -> l.code().equals("PROJECT_COOPERATION")).singleElement()
                .satisfies(l -> assertThat(l.spentInYear()).isEqualByComparingTo("1000.50"));
        assertThat(report.balanceAtYearEnd()).isEqualByComparingTo("496999.50");

        MockHttpServletResponse pdf = mvc.perform(get("/funding/ledgers/{s}/report.pdf", station).param("year", "" + year)
                .with(user(world.user(Role.CITY_TALENT)))).andReturn().getResponse();
        assertThat(pdf.getStatus()).isEqualTo(200);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf.getContentAsByteArray())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains(year + "年度资助经费使用情况", "实验材料费", "1,000.50", "服务站人才服务", "2,000.00",
                    "496,999.50");
        }
        var excel = mvc.perform(get("/funding/ledgers/{s}/report.xlsx", station).param("year", "" + year)
                .with(user(host))).andReturn();
        excel.getAsyncResult(30_000);
        MockHttpServletResponse x = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .asyncDispatch(excel)).andReturn().getResponse();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(x.getContentAsByteArray()))) {
            var sheet = book.getSheetAt(0);
            var materials = sheet.getRow(4); // title, unit, header, 服务站项目合作, 实验材料费
            assertThat(materials.getCell(0).getStringCellValue()).contains("实验材料费");
            assertThat(materials.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(materials.getCell(1).getNumericCellValue()).isEqualTo(1000.50);
        }
    }

    private String post(long station, String date, String amount, String category, String purpose) throws Exception {
        MockHttpServletResponse r = mvc.perform(multipart("/funding/ledgers/{s}/expenses", station)
                        .file(new MockMultipartFile("voucher", new byte[0]))
                        .with(user(applications.cityApplicant())).with(csrf())
                        .param("entryDate", date).param("amount", amount).param("category", category)
                        .param("payee", "某公司").param("purpose", purpose).param("project", "联合攻关"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        return r.getContentAsString();
    }
}
