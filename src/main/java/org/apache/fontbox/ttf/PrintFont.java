package org.apache.fontbox.ttf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * The platform's bundled CJK font as its PDFs should embed it. It lives in FontBox's package because FontBox only lets
 * a parser of that package choose the class of the font it makes ({@code TTFParser.newFont}); nothing else of FontBox
 * is touched. Two differences from a plain {@link TrueTypeFont}:
 * <ul>
 * <li><b>Copyable text.</b> Noto Sans SC draws e.g. 工 (U+5DE5) and the Kangxi radical ⼯ (U+2F2F) with one glyph, and
 *     PDFBox writes the first code point of a glyph into the PDF's ToUnicode table, so "工作" copied out of a PDF read
 *     "⼯作". Here a glyph's code points list a CJK unified ideograph first whenever the glyph stands for one (this
 *     replaces a second pass that re-read and re-wrote every rendered PDF).</li>
 * <li><b>No glyph substitution.</b> FontBox applies the font's Latin GSUB features (ligatures) to every string drawn,
 *     compiling a pattern per call: a tenth of a PDF's time, for forms whose text has no ligature worth drawing.</li>
 * </ul>
 * The font's data stays in memory ({@code RandomAccessReadDataStream}), so the {@code close()} PDFBox calls after
 * embedding a subset leaves it usable for the next document.
 */
public final class PrintFont extends TrueTypeFont {

    private PrintFont(TTFDataStream data) {
        super(data);
    }

    /** {@code bytes} (a TrueType file) parsed as a print font. */
    public static TrueTypeFont parse(byte[] bytes) {
        TTFParser parser = new TTFParser() {
            @Override
            TrueTypeFont newFont(TTFDataStream data) {
                return new PrintFont(data);
            }
        };
        try {
            return parser.parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot parse a bundled font", e);
        }
    }

    @Override
    public GsubData getGsubData() {
        return GsubData.NO_DATA_FOUND;
    }

    @Override
    public CmapLookup getUnicodeCmapLookup() throws IOException {
        return new UnifiedFirst(super.getUnicodeCmapLookup());
    }

    /** The font's own lookup, with a unified ideograph first among a glyph's code points. */
    private record UnifiedFirst(CmapLookup cmap) implements CmapLookup {

        @Override
        public int getGlyphId(int codePoint) {
            return cmap.getGlyphId(codePoint);
        }

        @Override
        public List<Integer> getCharCodes(int glyphId) {
            List<Integer> codes = cmap.getCharCodes(glyphId);
            if (codes == null || codes.size() < 2 || isUnified(codes.get(0))) {
                return codes;
            }
            List<Integer> ordered = new ArrayList<>(codes);
            codes.stream().filter(UnifiedFirst::isUnified).findFirst().ifPresent(unified -> {
                ordered.remove(unified);
                ordered.add(0, unified);
            });
            return ordered;
        }

        private static boolean isUnified(int codePoint) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(codePoint);
            return block != null && block.toString().startsWith("CJK_UNIFIED_IDEOGRAPHS");
        }
    }
}
