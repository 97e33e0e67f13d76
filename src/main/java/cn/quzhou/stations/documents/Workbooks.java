package cn.quzhou.stations.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Excel exports, streamed (SXSSF): only {@link #ROW_WINDOW} rows are held in memory, the rest go to compressed
 * temporary files that are deleted once the workbook is written. Texts are string cells — never formulas, whatever
 * they contain (a leading “=”, markup) — and numbers are numeric cells, so a spreadsheet can add them up.
 */
public final class Workbooks {

    /** Rows kept in memory while a workbook is filled. */
    public static final int ROW_WINDOW = 100;

    private Workbooks() {
    }

    /** A new streaming workbook; whoever creates it disposes of it (or uses {@link #write}). */
    public static SXSSFWorkbook streaming() {
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROW_WINDOW);
        workbook.setCompressTempFiles(true);
        return workbook;
    }

    /** Fills a new streaming workbook, writes it to {@code out} (left open: it is the caller's) and disposes of it. */
    public static void write(OutputStream out, Consumer<SXSSFWorkbook> fill) {
        SXSSFWorkbook workbook = streaming();
        try {
            fill.accept(workbook);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the workbook", e);
        } finally {
            workbook.dispose(); // the temp files of the flushed rows
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the stream is the caller's; nothing left to release
            }
        }
    }

    /** The styles the exports share, created once per workbook (a workbook holds a limited number of styles). */
    public record Styles(CellStyle bold, CellStyle money, CellStyle decimal) {

        public static Styles of(Workbook workbook) {
            Font font = workbook.createFont();
            font.setBold(true);
            CellStyle bold = workbook.createCellStyle();
            bold.setFont(font);
            CellStyle money = workbook.createCellStyle();
            money.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("0.##"));
            return new Styles(bold, money, decimal);
        }
    }

    /** A string cell (no cell for null): whatever the text, it is never a formula. */
    public static void text(Row row, int column, String value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value);
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }

    /**
     * A numeric cell (no cell for null). Amounts and scores have at most two decimal places, which a double holds
     * without changing the printed value.
     */
    public static void number(Row row, int column, BigDecimal value, CellStyle style) {
        if (value != null) {
            Cell cell = row.createCell(column);
            cell.setCellValue(value.doubleValue());
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
