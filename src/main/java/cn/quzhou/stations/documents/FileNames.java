package cn.quzhou.stations.documents;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes an uploaded file's name safe to store and to offer again as a download name: only the last
 * path component is kept (so {@code ../../etc/passwd} and {@code C:\x\y} lose their directories),
 * control, format (e.g. right-to-left override) and file-name-illegal characters are removed,
 * leading dots and trailing dots/spaces go, the length is capped, and the extension is replaced by
 * the one of the detected {@link FileKind}.
 */
public final class FileNames {

    /** Longest name, in characters (code points), including the extension. */
    public static final int MAX_LENGTH = 120;

    private static final Pattern ILLEGAL = Pattern.compile("[<>:\"|?*]");
    private static final Pattern EXTENSION = Pattern.compile("\\.(?=\\p{Alnum}*\\p{Alpha})\\p{Alnum}{1,10}$");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Set<String> RESERVED = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileNames() {
    }

    /**
     * A safe name for a file of {@code kind} that was offered as {@code original}; {@code fallback}
     * (without extension) is used when nothing of the original name survives.
     */
    public static String neutralise(String original, FileKind kind, String fallback) {
        return neutralise(original, kind.extension(), fallback);
    }

    /** As {@link #neutralise(String, FileKind, String)}, for a file the platform writes itself (e.g. "xlsx"). */
    static String neutralise(String original, String extension, String fallback) {
        String suffix = "." + extension;
        String base = base(original == null ? "" : original);
        if (base.isEmpty()) {
            base = base(fallback);
        }
        if (RESERVED.contains(base.toLowerCase(Locale.ROOT))) {
            base = base + "_";
        }
        int room = MAX_LENGTH - suffix.length();
        if (base.codePointCount(0, base.length()) > room) {
            base = stripTrailingDotsAndSpaces(base.substring(0, base.offsetByCodePoints(0, room)));
        }
        return base + suffix;
    }

    private static String base(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFC);
        s = s.substring(Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\')) + 1);
        StringBuilder kept = new StringBuilder(s.length());
        s.codePoints().filter(FileNames::allowed).forEach(kept::appendCodePoint);
        s = ILLEGAL.matcher(kept).replaceAll("");
        s = SPACES.matcher(s).replaceAll(" ").strip();
        s = stripLeadingDots(s);
        s = EXTENSION.matcher(s).replaceFirst("");
        return stripTrailingDotsAndSpaces(s);
    }

    private static boolean allowed(int cp) {
        int type = Character.getType(cp);
        return type != Character.CONTROL && type != Character.FORMAT && type != Character.SURROGATE
                && type != Character.PRIVATE_USE && type != Character.UNASSIGNED
                && type != Character.LINE_SEPARATOR && type != Character.PARAGRAPH_SEPARATOR;
    }

    private static String stripLeadingDots(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == '.' || s.charAt(i) == ' ')) {
            i++;
        }
        return s.substring(i);
    }

    private static String stripTrailingDotsAndSpaces(String s) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '.' || s.charAt(end - 1) == ' ')) {
            end--;
        }
        return s.substring(0, end);
    }
}
