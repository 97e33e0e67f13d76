package cn.quzhou.stations.funding.web;

import cn.quzhou.stations.documents.PdfRenderer;
import cn.quzhou.stations.documents.Workbooks;
import cn.quzhou.stations.funding.OverviewRow;
import cn.quzhou.stations.funding.UsageReport;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The funding documents: a station's yearly funds-usage report as PDF and Excel, the funds overview as Excel.
 * Workbooks are streamed (SXSSF) with amounts as numeric cells; texts in Chinese. No access control here.
 */
@Component
class FundingDocuments {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    private final PdfRenderer renderer;
    private final MessageSource messages;

    FundingDocuments(PdfRenderer renderer, MessageSource messages) {
        this.renderer = renderer;
        this.messages = messages;
    }

    public byte[] usagePdf(UsageReport report) {
        return renderer.render("funding/pdf/usage-report", Map.of("r", report));
    }

    public void usageExcel(UsageReport r, OutputStream out) {
        Workbooks.write(out, workbook -> {
            Workbooks.Styles s = Workbooks.Styles.of(workbook);
            SXSSFSheet sheet = workbook.createSheet(msg("funding.report.sheet", String.valueOf(r.year())));
            sheet.setColumnWidth(0, 36 * 256);
            sheet.setColumnWidth(1, 18 * 256);
            sheet.setColumnWidth(2, 18 * 256);
            int n = 0;
            text(sheet.createRow(n++), 0, msg("funding.report.title", r.stationName(), String.valueOf(r.year())), s.bold());
            text(sheet.createRow(n++), 0, r.hostUnitName() + " · " + r.jurisdictionName(), null);
            Row head = sheet.createRow(n++);
            text(head, 0, msg("funding.report.category"), s.bold());
            text(head, 1, msg("funding.report.inYear"), s.bold());
            text(head, 2, msg("funding.report.toDate"), s.bold());
            for (UsageReport.Line l : r.lines()) {
                Row row = sheet.createRow(n++);
                text(row, 0, (l.sub() ? "    " : "") + l.name(), null);
                number(row, 1, l.spentInYear(), s.money());
                number(row, 2, l.spentToDate(), s.money());
            }
            n = pair(sheet, n, msg("funding.report.spent"), r.spentInYear(), r.spentToDate(), s);
            n = pair(sheet, n, msg("funding.report.received"), r.receivedInYear(), r.receivedToDate(), s);
            Row balance = sheet.createRow(n);
            text(balance, 0, msg("funding.report.balance"), s.bold());
            number(balance, 2, r.balanceAtYearEnd(), s.money());
        });
    }

    public void overviewExcel(List<OverviewRow> rows, OutputStream out) {
        Workbooks.write(out, workbook -> {
            Workbooks.Styles s = Workbooks.Styles.of(workbook);
            SXSSFSheet sheet = workbook.createSheet(msg("funding.overview.title"));
            String[] header = {msg("funding.overview.year"), msg("funding.overview.jurisdiction"),
                    msg("funding.overview.level"), msg("funding.overview.due"), msg("funding.overview.paid"),
                    msg("funding.overview.spent"), msg("funding.overview.clawedBack")};
            Row head = sheet.createRow(0);
            for (int c = 0; c < header.length; c++) {
                text(head, c, header[c], s.bold());
                sheet.setColumnWidth(c, 16 * 256);
            }
            sheet.createFreezePane(0, 1);
            int n = 1;
            for (OverviewRow r : rows) {
                Row row = sheet.createRow(n++);
                row.createCell(0).setCellValue(r.year());
                text(row, 1, r.jurisdictionName(), null);
                text(row, 2, msg("funding.level." + r.level().name()), null);
                number(row, 3, r.due(), s.money());
                number(row, 4, r.paid(), s.money());
                number(row, 5, r.spent(), s.money());
                number(row, 6, r.clawedBack(), s.money());
            }
        });
    }

    private int pair(SXSSFSheet sheet, int n, String label, BigDecimal inYear, BigDecimal toDate, Workbooks.Styles s) {
        Row row = sheet.createRow(n);
        text(row, 0, label, s.bold());
        number(row, 1, inYear, s.money());
        number(row, 2, toDate, s.money());
        return n + 1;
    }

    private static void text(Row row, int c, String value, CellStyle style) {
        Workbooks.text(row, c, value, style);
    }

    /** Amounts are never left blank: a missing one prints as 0. */
    private static void number(Row row, int c, BigDecimal value, CellStyle style) {
        Workbooks.number(row, c, value == null ? BigDecimal.ZERO : value, style);
    }

    private String msg(String key, String... args) {
        return messages.getMessage(key, args, key, ZH);
    }
}
