package cn.quzhou.stations.documents.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.fontbox.ttf.PrintFont;
import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * Parsed copies of the bundled fonts, lent to one PDF at a time.
 * <p>
 * Parsing the 10 MB Noto Sans SC files (tables, cmap, GSUB) was a quarter of a PDF's CPU when every document parsed
 * them again. A {@link TrueTypeFont} reads glyphs lazily from its buffer and is not thread-safe, so each rendering
 * borrows a whole set for the time it embeds its subset, and gives it back. At most {@code size} sets are ever parsed
 * (about the number of cores, at most four: more PDFs at once would only queue for CPU, and a set holds both files,
 * 21 MB, in memory); a rendering waits for a free one. Parsed as {@link PrintFont}s.
 */
public final class ParsedFonts {

    /** One parsed copy of each bundled font, in the order they were given. */
    public record FontSet(TrueTypeFont regular, TrueTypeFont bold) {
    }

    private final byte[] regular;
    private final byte[] bold;
    private final int size;
    private final BlockingQueue<FontSet> free;
    private final AtomicInteger parsed = new AtomicInteger();

    public ParsedFonts(byte[] regular, byte[] bold, int size) {
        this.regular = regular;
        this.bold = bold;
        this.size = size;
        this.free = new ArrayBlockingQueue<>(size);
    }

    /** A set for this rendering alone; {@link #giveBack} it when the document is written. */
    public FontSet borrow() {
        FontSet set = free.poll();
        if (set != null) {
            return set;
        }
        if (parsed.incrementAndGet() <= size) {
            return new FontSet(PrintFont.parse(regular), PrintFont.parse(bold));
        }
        parsed.decrementAndGet();
        try {
            return free.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a font set", e);
        }
    }

    public void giveBack(FontSet set) {
        free.offer(set);
    }
}
