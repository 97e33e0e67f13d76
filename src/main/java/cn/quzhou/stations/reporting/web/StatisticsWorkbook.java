package cn.quzhou.stations.reporting.web;

import cn.quzhou.stations.documents.Workbooks;
import cn.quzhou.stations.funding.OverviewRow;
import cn.quzhou.stations.reporting.CrossTable;
import cn.quzhou.stations.reporting.StatisticsView;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The statistics as a report-grade Excel workbook: the county × level × year table first, then one sheet per section;
 * each sheet opens with its title and the generation date, its header row frozen, columns sized, counts as whole
 * numbers with separators, years without, changes as percentages and amounts with two decimals.
 */
@Component
class StatisticsWorkbook {

    /** Rows above the data: title, generation date, column headers. */
    static final int HEADER_ROWS = 3;

    private final MessageSource messages;

    StatisticsWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    /** The cell formats of the report: counts, years, changes. */
    private record Formats(Workbooks.Styles base, CellStyle title, CellStyle count, CellStyle year, CellStyle change,
                           CellStyle boldCount) {

        static Formats of(Workbook wb) {
            Workbooks.Styles base = Workbooks.Styles.of(wb);
            var titleFont = wb.createFont();
            titleFont.setBold(true);
            titleFont.setFontHeightInPoints((short) 14);
            CellStyle title = wb.createCellStyle();
            title.setFont(titleFont);
            CellStyle boldCount = wb.createCellStyle();
            var boldFont = wb.createFont();
            boldFont.setBold(true);
            boldCount.setFont(boldFont);
            boldCount.setDataFormat(wb.createDataFormat().getFormat("#,##0"));
            return new Formats(base, title, style(wb, "#,##0"), style(wb, "0"), style(wb, "+0.0%;-0.0%;0.0%"),
                    boldCount);
        }

        private static CellStyle style(Workbook wb, String format) {
            CellStyle s = wb.createCellStyle();
            s.setDataFormat(wb.createDataFormat().getFormat(format));
            return s;
        }
    }

    public void write(StatisticsView v, CrossTable cross, ZonedDateTime generatedAt, OutputStream out) {
        String date = t("reporting.generatedAt", generatedAt.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
        Workbooks.write(out, wb -> {
            Formats f = Formats.of(wb);
            crossTable(wb, f, cross, date);
            applications(wb, f, v, date);
            stations(wb, f, v, date);
            grades(wb, f, v, date);
            if (v.fundsVisible()) {
                funds(sheet(wb, f, "reporting.funds", date, new int[] {8, 16, 12, 16, 16, 16, 16}, "reporting.year",
                        "reporting.jurisdiction", "reporting.level", "reporting.due", "reporting.paid", "reporting.spent",
                        "reporting.clawedBack"), v.funds(), f);
            }
        });
    }

    private void crossTable(Workbook wb, Formats f, CrossTable cross, String date) {
        List<String> headers = new ArrayList<>(List.of(t("reporting.jurisdiction"), t("reporting.level")));
        List<Integer> widths = new ArrayList<>(List.of(18, 12));
        cross.years().forEach(y -> {
            headers.add(String.valueOf(y));
            widths.add(10);
        });
        headers.add(t("reporting.total"));
        headers.add(t("reporting.change"));
        widths.add(10);
        widths.add(12);
        Sheet sheet = open(wb, f, t("reporting.cross.title"), date, widths.stream().mapToInt(i -> i).toArray(), headers);
        int r = HEADER_ROWS;
        for (CrossTable.Line line : cross.lines()) {
            crossRow(sheet.createRow(r++), line, cross.years(), f, line.jurisdiction(),
                    line.subtotal() ? t("reporting.subtotal") : t("funding.level." + line.level()));
        }
        crossRow(sheet.createRow(r), cross.total(), cross.years(), f, t("reporting.total"), "");
    }

    private static void crossRow(Row row, CrossTable.Line line, List<Integer> years, Formats f, String first,
                                 String second) {
        boolean bold = line.subtotal();
        Workbooks.text(row, 0, first, bold ? f.base().bold() : null);
        Workbooks.text(row, 1, second, bold ? f.base().bold() : null);
        int c = 2;
        for (int y : years) {
            Workbooks.number(row, c++, BigDecimal.valueOf(line.count(y)), bold ? f.boldCount() : f.count());
        }
        Workbooks.number(row, c++, BigDecimal.valueOf(line.total()), f.boldCount());
        Workbooks.number(row, c, line.latestChange(), f.change());
    }

    private void applications(Workbook wb, Formats f, StatisticsView v, String date) {
        Sheet sheet = sheet(wb, f, "reporting.applications", date, new int[] {18, 24, 10}, "reporting.jurisdiction",
                "reporting.status", "reporting.count");
        int r = HEADER_ROWS;
        for (var l : v.applications()) {
            Row row = sheet.createRow(r++);
            Workbooks.text(row, 0, l.jurisdiction(), null);
            Workbooks.text(row, 1, t("application.status." + l.status()), null);
            Workbooks.number(row, 2, BigDecimal.valueOf(l.count()), f.count());
        }
    }

    private void stations(Workbook wb, Formats f, StatisticsView v, String date) {
        Sheet sheet = sheet(wb, f, "reporting.stations", date, new int[] {18, 12, 12, 10}, "reporting.jurisdiction",
                "reporting.level", "reporting.status", "reporting.count");
        int r = HEADER_ROWS;
        for (var l : v.stations()) {
            Row row = sheet.createRow(r++);
            Workbooks.text(row, 0, l.jurisdiction(), null);
            Workbooks.text(row, 1, t("funding.level." + l.level()), null);
            Workbooks.text(row, 2, t("station.status." + l.status()), null);
            Workbooks.number(row, 3, BigDecimal.valueOf(l.count()), f.count());
        }
    }

    private void grades(Workbook wb, Formats f, StatisticsView v, String date) {
        Sheet sheet = sheet(wb, f, "reporting.grades", date, new int[] {8, 18, 12, 10}, "reporting.year",
                "reporting.jurisdiction", "reporting.grade", "reporting.count");
        int r = HEADER_ROWS;
        for (var l : v.grades()) {
            Row row = sheet.createRow(r++);
            Workbooks.number(row, 0, BigDecimal.valueOf(l.year()), f.year());
            Workbooks.text(row, 1, l.jurisdiction(), null);
            Workbooks.text(row, 2, t("evaluation.grade." + l.grade()), null);
            Workbooks.number(row, 3, BigDecimal.valueOf(l.count()), f.count());
        }
    }

    private static void funds(Sheet sheet, List<OverviewRow> rows, Formats f) {
        int r = HEADER_ROWS;
        for (OverviewRow o : rows) {
            Row row = sheet.createRow(r++);
            Workbooks.number(row, 0, BigDecimal.valueOf(o.year()), f.year());
            Workbooks.text(row, 1, o.jurisdictionName(), null);
            Workbooks.text(row, 2, o.level().name(), null);
            Workbooks.number(row, 3, o.due(), f.base().money());
            Workbooks.number(row, 4, o.paid(), f.base().money());
            Workbooks.number(row, 5, o.spent(), f.base().money());
            Workbooks.number(row, 6, o.clawedBack(), f.base().money());
        }
    }

    private Sheet sheet(Workbook wb, Formats f, String titleKey, String date, int[] widths, String... headerKeys) {
        return open(wb, f, t(titleKey), date, widths, java.util.Arrays.stream(headerKeys).map(this::t).toList());
    }

    /** A sheet named and titled {@code title}: title row, date row, frozen header row, column widths in characters. */
    private static Sheet open(Workbook wb, Formats f, String title, String date, int[] widths, List<String> headers) {
        Sheet sheet = wb.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(title));
        Workbooks.text(sheet.createRow(0), 0, title, f.title());
        Workbooks.text(sheet.createRow(1), 0, date, null);
        if (headers.size() > 1) {
            sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, headers.size() - 1));
        }
        Row header = sheet.createRow(2);
        for (int i = 0; i < headers.size(); i++) {
            Workbooks.text(header, i, headers.get(i), f.base().bold());
            sheet.setColumnWidth(i, Math.min(255, widths[Math.min(i, widths.length - 1)]) * 256);
        }
        sheet.createFreezePane(0, HEADER_ROWS);
        return sheet;
    }

    // the export is a document of the city offices: Chinese, whatever the reader's page language
    private String t(String key, Object... args) {
        return messages.getMessage(key, args, key, Locale.SIMPLIFIED_CHINESE);
    }
}
