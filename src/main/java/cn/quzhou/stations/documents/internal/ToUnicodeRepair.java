package cn.quzhou.stations.documents.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.fontbox.cmap.CMap;
import org.apache.fontbox.cmap.CMapParser;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes the text of rendered PDFs searchable and copyable as what it is.
 * <p>
 * Noto Sans SC draws e.g. 工 (U+5DE5) and the Kangxi radical ⼯ (U+2F2F) with the same glyph. When
 * PDFBox embeds a subset it writes, for each glyph, the lowest code point mapped to it into the
 * font's ToUnicode table, so copying "工作" out of the PDF gives "⼯作". This rewrites those tables,
 * preferring a CJK unified ideograph whenever the glyph also stands for one.
 */
public final class ToUnicodeRepair {

    /** Lowest code point of a glyph → the unified ideograph the same glyph also stands for. */
    private final Map<Integer, Integer> preferred;

    public ToUnicodeRepair(List<byte[]> fonts) {
        Map<Integer, Integer> map = new HashMap<>();
        for (byte[] font : fonts) {
            collect(font, map);
        }
        this.preferred = Map.copyOf(map);
    }

    /** {@code pdf} with its ToUnicode tables repaired; the same bytes when nothing needed repair. */
    public byte[] repair(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            boolean changed = false;
            for (PDPage page : doc.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    if (resources.getFont(name) instanceof PDType0Font font) {
                        changed |= repair(doc, font);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean repair(PDDocument doc, PDFont font) throws IOException {
        COSStream stream = font.getCOSObject().getCOSStream(COSName.TO_UNICODE);
        if (stream == null) {
            return false;
        }
        CMap cmap;
        try (InputStream in = stream.createInputStream()) {
            cmap = new CMapParser().parse(new RandomAccessReadBuffer(in));
        }
        TreeMap<Integer, String> mappings = new TreeMap<>();
        boolean changed = false;
        for (int code = 0; code <= 0xFFFF; code++) {
            String unicode = cmap.toUnicode(code, 2);
            if (unicode == null) {
                continue;
            }
            Integer better = unicode.codePointCount(0, unicode.length()) == 1 ? preferred.get(unicode.codePointAt(0)) : null;
            if (better != null) {
                unicode = Character.toString(better);
                changed = true;
            }
            mappings.put(code, unicode);
        }
        if (changed) {
            font.getCOSObject().setItem(COSName.TO_UNICODE, new PDStream(doc, new ByteArrayInputStream(write(mappings)),
                    COSName.FLATE_DECODE));
        }
        return changed;
    }

    private static byte[] write(TreeMap<Integer, String> mappings) {
        StringBuilder s = new StringBuilder("""
                /CIDInit /ProcSet findresource begin
                12 dict begin
                begincmap
                /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def
                /CMapName /Adobe-Identity-UCS def
                /CMapType 2 def
                1 begincodespacerange
                <0000> <FFFF>
                endcodespacerange
                """);
        List<Map.Entry<Integer, String>> entries = new ArrayList<>(mappings.entrySet());
        HexFormat hex = HexFormat.of().withUpperCase();
        for (int from = 0; from < entries.size(); from += 100) {
            List<Map.Entry<Integer, String>> block = entries.subList(from, Math.min(from + 100, entries.size()));
            s.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> e : block) {
                s.append('<').append(String.format("%04X", e.getKey())).append("> <")
                        .append(hex.formatHex(e.getValue().getBytes(StandardCharsets.UTF_16BE))).append(">\n");
            }
            s.append("endbfchar\n");
        }
        s.append("""
                endcmap
                CMapName currentdict /CMap defineresource pop
                end
                end
                """);
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static void collect(byte[] fontBytes, Map<Integer, Integer> map) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(fontBytes))) {
            CmapLookup cmap = font.getUnicodeCmapLookup();
            int glyphs = font.getNumberOfGlyphs();
            for (int gid = 1; gid < glyphs; gid++) {
                List<Integer> codes = cmap.getCharCodes(gid);
                if (codes == null || codes.size() < 2 || isUnified(codes.get(0))) {
                    continue;
                }
                codes.stream().filter(ToUnicodeRepair::isUnified).findFirst()
                        .ifPresent(unified -> map.put(codes.get(0), unified));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isUnified(int codePoint) {
        Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
        return block != null && block.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS");
    }
}
