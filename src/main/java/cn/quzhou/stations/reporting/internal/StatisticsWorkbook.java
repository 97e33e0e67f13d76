package cn.quzhou.stations.reporting.internal;

import cn.quzhou.stations.documents.Workbooks;
import cn.quzhou.stations.funding.OverviewRow;
import cn.quzhou.stations.reporting.StatisticsView;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The statistics as an Excel workbook: one sheet per section, counts and amounts as numeric cells. */
@Component
public class StatisticsWorkbook {

    private final MessageSource messages;

    StatisticsWorkbook(MessageSource messages) {
        this.messages = messages;
    }

    public void write(StatisticsView v, OutputStream out) {
        Workbooks.write(out, wb -> {
            Workbooks.Styles styles = Workbooks.Styles.of(wb);
            Sheet apps = sheet(wb.createSheet(t("reporting.applications")), styles, "reporting.jurisdiction",
                    "reporting.status", "reporting.count");
            int r = 1;
            for (var l : v.applications()) {
                Row row = apps.createRow(r++);
                Workbooks.text(row, 0, l.jurisdiction(), null);
                Workbooks.text(row, 1, t("application.status." + l.status()), null);
                Workbooks.number(row, 2, BigDecimal.valueOf(l.count()), null);
            }
            Sheet stations = sheet(wb.createSheet(t("reporting.stations")), styles, "reporting.jurisdiction",
                    "reporting.level", "reporting.status", "reporting.count");
            r = 1;
            for (var l : v.stations()) {
                Row row = stations.createRow(r++);
                Workbooks.text(row, 0, l.jurisdiction(), null);
                Workbooks.text(row, 1, t("funding.level." + l.level()), null);
                Workbooks.text(row, 2, t("station.status." + l.status()), null);
                Workbooks.number(row, 3, BigDecimal.valueOf(l.count()), null);
            }
            Sheet grades = sheet(wb.createSheet(t("reporting.grades")), styles, "reporting.year",
                    "reporting.jurisdiction", "reporting.grade", "reporting.count");
            r = 1;
            for (var l : v.grades()) {
                Row row = grades.createRow(r++);
                Workbooks.number(row, 0, BigDecimal.valueOf(l.year()), null);
                Workbooks.text(row, 1, l.jurisdiction(), null);
                Workbooks.text(row, 2, t("evaluation.grade." + l.grade()), null);
                Workbooks.number(row, 3, BigDecimal.valueOf(l.count()), null);
            }
            if (v.fundsVisible()) {
                funds(sheet(wb.createSheet(t("reporting.funds")), styles, "reporting.year", "reporting.jurisdiction",
                        "reporting.level", "reporting.due", "reporting.paid", "reporting.spent",
                        "reporting.clawedBack"), v.funds(), styles);
            }
        });
    }

    private static void funds(Sheet sheet, List<OverviewRow> rows, Workbooks.Styles styles) {
        int r = 1;
        for (OverviewRow f : rows) {
            Row row = sheet.createRow(r++);
            Workbooks.number(row, 0, BigDecimal.valueOf(f.year()), null);
            Workbooks.text(row, 1, f.jurisdictionName(), null);
            Workbooks.text(row, 2, f.level().name(), null);
            Workbooks.number(row, 3, f.due(), styles.money());
            Workbooks.number(row, 4, f.paid(), styles.money());
            Workbooks.number(row, 5, f.spent(), styles.money());
            Workbooks.number(row, 6, f.clawedBack(), styles.money());
        }
    }

    private Sheet sheet(Sheet sheet, Workbooks.Styles styles, String... headerKeys) {
        Row header = sheet.createRow(0);
        for (int i = 0; i < headerKeys.length; i++) {
            Workbooks.text(header, i, t(headerKeys[i]), styles.bold());
        }
        return sheet;
    }

    // the export is a document of the city offices: Chinese, whatever the reader's page language
    private String t(String key) {
        return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
    }
}
