package cn.quzhou.stations.importing.internal;

import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.importing.ImportKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The downloadable template of a kind: the data sheet (Chinese headers, required ones marked *, one sample row,
 * drop-downs), a hidden sheet of the allowed values the drop-downs read, and a very hidden marker sheet naming the
 * kind, so that a template of another import is recognised and refused.
 */
public final class Templates {

    static final String MARKER_SHEET = "_import";
    static final String MARKER_PREFIX = "cn.quzhou.stations.import:";
    private static final String VALUES_SHEET = "可选值";

    private Templates() {
    }

    static String marker(ImportKind kind) {
        return MARKER_PREFIX + kind.code();
    }

    /** The header as written in the template: the Chinese label, " *" when the column is required. */
    static String header(ImportColumn c, MessageSource texts) {
        return label(c, texts) + (c.required() ? " *" : "");
    }

    static String label(ImportColumn c, MessageSource texts) {
        return texts.getMessage(c.headerKey(), null, Locale.SIMPLIFIED_CHINESE);
    }

    /** The sample row's values, in column order: a choice column shows its first allowed value. */
    static List<String> sample(ImportKind kind, ImportKind.Session session) {
        return kind.columns().stream().map(c -> c.sample() != null || !c.hasChoices() ? nullToEmpty(c.sample())
                : session.allowed(c.key()).stream().findFirst().orElse("")).toList();
    }

    static byte[] write(ImportKind kind, ImportKind.Session session, MessageSource texts, int maxRows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet data = wb.createSheet(texts.getMessage(kind.titleKey(), null, Locale.SIMPLIFIED_CHINESE));
            Sheet values = wb.createSheet(VALUES_SHEET);
            Sheet marker = wb.createSheet(MARKER_SHEET);
            marker.createRow(0).createCell(0).setCellValue(marker(kind));
            wb.setSheetVisibility(wb.getSheetIndex(values), SheetVisibility.HIDDEN);
            wb.setSheetVisibility(wb.getSheetIndex(marker), SheetVisibility.VERY_HIDDEN);
            headerAndSample(wb, data, kind, session, texts);
            dropDowns(data, values, kind, session, maxRows);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void headerAndSample(XSSFWorkbook wb, Sheet data, ImportKind kind, ImportKind.Session session,
                                        MessageSource texts) {
        CellStyle header = wb.createCellStyle();
        Font bold = wb.createFont();
        bold.setBold(true);
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        CellStyle text = wb.createCellStyle();
        text.setDataFormat(wb.createDataFormat().getFormat("@"));   // typed codes and phones stay text
        Row head = data.createRow(0);
        Row sample = data.createRow(1);
        List<String> sampleValues = sample(kind, session);
        List<ImportColumn> columns = kind.columns();
        for (int i = 0; i < columns.size(); i++) {
            head.createCell(i).setCellValue(header(columns.get(i), texts));
            head.getCell(i).setCellStyle(header);
            sample.createCell(i).setCellValue(sampleValues.get(i));
            data.setDefaultColumnStyle(i, text);
            data.setColumnWidth(i, 22 * 256);
        }
        data.createFreezePane(0, 1);
    }

    private static void dropDowns(Sheet data, Sheet values, ImportKind kind, ImportKind.Session session, int maxRows) {
        DataValidationHelper helper = data.getDataValidationHelper();
        List<ImportColumn> columns = kind.columns();
        int listColumn = 0;
        for (int i = 0; i < columns.size(); i++) {
            ImportColumn c = columns.get(i);
            List<String> allowed = c.hasChoices() ? session.allowed(c.key()) : List.of();
            if (allowed.isEmpty()) {
                continue;
            }
            for (int r = 0; r < allowed.size(); r++) {
                Row row = values.getRow(r) == null ? values.createRow(r) : values.getRow(r);
                row.createCell(listColumn).setCellValue(allowed.get(r));
            }
            String letter = SheetHandler.letterOf(listColumn++);
            String range = "'" + VALUES_SHEET + "'!$" + letter + "$1:$" + letter + "$" + allowed.size();
            DataValidation v = helper.createValidation(helper.createFormulaListConstraint(range),
                    new CellRangeAddressList(1, maxRows + 1, i, i));
            // a multiple choice is typed as "a、b": the drop-down offers the values but only warns on a list
            v.setErrorStyle(c.type() == cn.quzhou.stations.importing.ColumnType.CHOICE
                    ? DataValidation.ErrorStyle.STOP : DataValidation.ErrorStyle.WARNING);
            v.setShowErrorBox(true);
            data.addValidationData(v);
        }
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
