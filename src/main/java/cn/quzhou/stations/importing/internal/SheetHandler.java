package cn.quzhou.stations.importing.internal;

import java.math.BigDecimal;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.poi.xssf.model.SharedStrings;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * SAX handler for one worksheet's XML, written for the import rather than POI's {@code XSSFSheetXMLHandler}: that one
 * hands over a formula's cached result as if it were a value, and the import must refuse formulas at their cell
 * instead (a cached result may be stale or forged). Rows go to {@code rows} as they end, so a sheet of any length is
 * read in constant memory; {@code <mergeCell>} elements are counted (the caller refuses merged sheets).
 */
final class SheetHandler extends DefaultHandler {

    /** One row: its number as Excel shows it and its cells by zero-based column. */
    record Row(int number, TreeMap<Integer, SheetCell> cells) {
    }

    private final SharedStrings strings;
    private final Consumer<Row> rows;
    private final StringBuilder text = new StringBuilder();
    private TreeMap<Integer, SheetCell> cells;
    private int rowNumber;
    private int column;
    private String type;
    private boolean formula;
    private boolean collecting;
    private String firstMerge;

    SheetHandler(SharedStrings strings, Consumer<Row> rows) {
        this.strings = strings;
        this.rows = rows;
    }

    /** The first merged range ("A1:B2"), or null. */
    String firstMerge() {
        return firstMerge;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes a) {
        switch (localName) {
            case "row" -> {
                String r = a.getValue("r");
                rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                cells = new TreeMap<>();
                column = -1;
            }
            case "c" -> {
                String ref = a.getValue("r");
                column = ref == null ? column + 1 : columnOf(ref);
                type = a.getValue("t");
                formula = false;
                text.setLength(0);
            }
            case "f" -> formula = true;
            case "v", "t" -> collecting = true;
            case "mergeCell" -> {
                if (firstMerge == null) {
                    firstMerge = a.getValue("ref");
                }
            }
            default -> { }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (collecting) {
            text.append(ch, start, length);
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "v", "t" -> collecting = false;
            case "c" -> cells.put(column, new SheetCell(formula ? "" : value(), formula));
            case "row" -> rows.accept(new Row(rowNumber, cells));
            default -> { }
        }
    }

    private String value() {
        String raw = text.toString();
        if (type == null || "n".equals(type)) {
            return raw.isEmpty() ? "" : plain(raw);
        }
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(raw.strip())).getString();
            case "b" -> "1".equals(raw) ? "TRUE" : "FALSE";
            default -> raw;   // inlineStr, str, e
        };
    }

    /** 13312345678 rather than 1.3312345678E10: a number in a text column is read as typed. */
    private static String plain(String number) {
        try {
            return new BigDecimal(number).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return number;
        }
    }

    /** Zero-based column of a reference such as "AB12". */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
            col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
        }
        return col - 1;
    }

    /** "A", "B", … "AA" for a zero-based column. */
    static String letterOf(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column + 1; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }
}
