package cn.quzhou.stations.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import files for the tests, written with POI into the platform's own template (rows below the sample). */
final class ImportFiles {

    /** A cell holding a formula instead of a value. */
    record Formula(String expression) {
    }

    private ImportFiles() {
    }

    /** The template with {@code rows} from Excel row 3 on; a {@link Formula} cell is written as a formula. */
    static byte[] filled(byte[] template, List<List<Object>> rows) {
        return edited(template, sheet -> {
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v instanceof Formula f) {
                        row.createCell(c).setCellFormula(f.expression());
                    } else if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
        });
    }

    /** The template with the given rows and cells A3:B3 merged. */
    static byte[] merged(byte[] template, List<List<Object>> rows) {
        return edited(filled(template, rows), sheet -> sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 1)));
    }

    /**
     * The template with its data sheet's XML replaced by one declaring an external entity (XXE) that would pull a local
     * file into a cell if the parser resolved it.
     */
    static byte[] withExternalEntity(byte[] template) {
        String sheet = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(template));
             ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             var out = new java.util.zip.ZipOutputStream(bytes)) {
            for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
                out.write(e.getName().equals("xl/worksheets/sheet1.xml")
                        ? sheet.getBytes(java.nio.charset.StandardCharsets.UTF_8) : in.readAllBytes());
                out.closeEntry();
            }
            out.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] edited(byte[] workbook, java.util.function.Consumer<Sheet> edit) {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(workbook));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(wb.getSheetAt(0));
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
