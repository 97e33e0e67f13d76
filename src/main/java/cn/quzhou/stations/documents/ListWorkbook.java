package cn.quzhou.stations.documents;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;

/**
 * The Excel export of a list page: every row the list matches, in its order, streamed (the rows are read from the
 * database and written to the workbook's compressed temporary files as they come, so a 20,000-row export needs little
 * heap). A sheet has a title row, the generation date, a bold frozen header and sensible column widths. Cells: numbers
 * numeric (years without separators), dates as {@code yyyy-MM-dd} text, everything else text — never a formula.
 */
public final class ListWorkbook {

    private static final int WIDTH_CHARS = 18;

    private ListWorkbook() {
    }

    /** Receives one list row's cells, in the header's order. */
    public interface Rows extends Consumer<List<?>> {
    }

    /**
     * Writes {@code fill}'s rows under {@code headers} as the download {@code fileName}.xlsx. The rows are produced
     * (and any refusal of the facade thrown) before the first byte is sent, so a refusal still becomes an error page.
     */
    public static void download(HttpServletResponse response, String fileName, String title, String generated,
                                List<String> headers, Consumer<Rows> fill) {
        SXSSFWorkbook workbook = Workbooks.streaming();
        try {
            SXSSFSheet sheet = workbook.createSheet(org.apache.poi.ss.util.WorkbookUtil.createSafeSheetName(title));
            Workbooks.Styles styles = Workbooks.Styles.of(workbook);
            CellStyle year = workbook.createCellStyle();
            year.setDataFormat(workbook.createDataFormat().getFormat("0"));
            Workbooks.text(sheet.createRow(0), 0, title, styles.bold());
            Workbooks.text(sheet.createRow(1), 0, generated, null);
            Row header = sheet.createRow(2);
            for (int i = 0; i < headers.size(); i++) {
                Workbooks.text(header, i, headers.get(i), styles.bold());
                sheet.setColumnWidth(i, WIDTH_CHARS * 256);
            }
            sheet.createFreezePane(0, 3);
            int[] next = {3};
            fill.accept(cells -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < cells.size(); i++) {
                    cell(row, i, cells.get(i), styles, year);
                }
            });
            response.setContentType(FileDownloads.XLSX.toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                    .filename(FileNames.neutralise(fileName, "xlsx", "export"), StandardCharsets.UTF_8).build().toString());
            response.setHeader("X-Content-Type-Options", "nosniff");
            workbook.write(response.getOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the export", e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }

    private static void cell(Row row, int column, Object value, Workbooks.Styles styles, CellStyle year) {
        if (value instanceof BigDecimal number) {
            Workbooks.number(row, column, number, styles.decimal());
        } else if (value instanceof Integer || value instanceof Long) {
            // whole numbers in lists are counts and years: no thousands separator
            Workbooks.number(row, column, BigDecimal.valueOf(((Number) value).longValue()), year);
        } else if (value instanceof LocalDate date) {
            Workbooks.text(row, column, date.format(DateTimeFormatter.ISO_LOCAL_DATE), null);
        } else if (value != null) {
            Workbooks.text(row, column, value.toString(), null);
        }
    }
}
