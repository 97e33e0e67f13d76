package cn.quzhou.stations.importing.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an uploaded .xlsx as a stream: POI's event API on a temporary file (a zip opened in place, not inflated into
 * memory), the worksheet parsed with POI's hardened SAX parser (no DTDs, no external entities: XXE-safe), zip-bomb
 * limits set, formulas never evaluated. Anything that is not an xlsx is refused in words a user can act on.
 */
final class WorkbookReader {

    /** Signature of a zip (an .xlsx) and of an OLE2 compound file (an old .xls). */
    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};

    static {
        // an entry inflating more than 100 times its compressed size, or beyond 200 MB, is a zip bomb, not a sheet
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(200L * 1024 * 1024);
    }

    /** The sheets the reader found: the marker's text (or null) and the data sheet's rows streamed to the consumer. */
    interface Visitor {
        void marker(String text);

        void row(SheetHandler.Row row);
    }

    private WorkbookReader() {
    }

    static void read(byte[] content, Visitor visitor) {
        refuseNonXlsx(content);
        Path file = null;
        try {
            file = Files.createTempFile("import-", ".xlsx");
            Files.write(file, content);
            try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
                readSheets(pkg, visitor);
            }
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new FileRefused("import.error.notXlsx");
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new FileRefused("import.error.unreadable");
        } finally {
            deleteQuietly(file);
        }
    }

    private static void readSheets(OPCPackage pkg, Visitor visitor)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        boolean first = true;
        while (sheets.hasNext()) {
            try (InputStream sheet = sheets.next()) {
                if (first) {
                    first = false;
                    SheetHandler handler = parse(sheet, strings, visitor::row);
                    if (handler.firstMerge() != null) {
                        throw new FileRefused("import.error.merged", handler.firstMerge());
                    }
                } else if (Templates.MARKER_SHEET.equals(sheets.getSheetName())) {
                    StringBuilder marker = new StringBuilder();
                    parse(sheet, strings, row -> row.cells().values().stream().findFirst()
                            .ifPresent(c -> marker.append(c.text())));
                    visitor.marker(marker.toString());
                }
            }
        }
    }

    private static SheetHandler parse(InputStream sheet, ReadOnlySharedStringsTable strings,
                                      Consumer<SheetHandler.Row> rows)
            throws IOException, SAXException, ParserConfigurationException {
        SheetHandler handler = new SheetHandler(strings, rows);
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(handler);
        parser.parse(new InputSource(sheet));
        return handler;
    }

    private static void refuseNonXlsx(byte[] content) {
        if (startsWith(content, OLE2)) {
            throw new FileRefused("import.error.xls");
        }
        if (!startsWith(content, ZIP)) {
            throw new FileRefused("import.error.notXlsx");
        }
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a temporary file left behind is removed with the temporary directory
            }
        }
    }
}
