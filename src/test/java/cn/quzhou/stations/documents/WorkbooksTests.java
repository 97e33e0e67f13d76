package cn.quzhou.stations.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The one Excel helper: texts stay text (never formulas), numbers are numeric, and the download is an attachment. */
class WorkbooksTests {

    @Test
    void aTextThatLooksLikeAFormulaStaysTextAndAnAmountIsANumber() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Workbooks.write(out, workbook -> {
            Workbooks.Styles styles = Workbooks.Styles.of(workbook);
            Row row = workbook.createSheet("表").createRow(0);
            Workbooks.text(row, 0, "=HYPERLINK(\"http://x\")", styles.bold());
            Workbooks.number(row, 1, new BigDecimal("1234.50"), styles.money());
            Workbooks.text(row, 2, null, null);
        });
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row row = book.getSheetAt(0).getRow(0);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"http://x\")");
            assertThat(row.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(row.getCell(1).getNumericCellValue()).isEqualTo(1234.5);
            assertThat(row.getCell(2)).as("no cell for a missing text").isNull();
        }
    }

    @Test
    void anExcelDownloadIsANosniffAttachmentWithTheXlsxExtension() {
        var response = FileDownloads.xlsx("2080年度考核结果", new byte[] {1, 2, 3});
        assertThat(response.getHeaders().getContentType()).isEqualTo(FileDownloads.XLSX);
        assertThat(response.getHeaders().getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeaders().getContentDisposition().isAttachment()).isTrue();
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("2080年度考核结果.xlsx");
        var streamed = FileDownloads.xlsx("../经费使用情况-2080", out -> out.write(1));
        assertThat(streamed.getHeaders().getContentDisposition().getFilename()).isEqualTo("经费使用情况-2080.xlsx");
    }
}
