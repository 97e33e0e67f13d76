package cn.quzhou.stations.documents;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

/**
 * The kinds of file the platform accepts, recognised by their content, never by their name.
 * <ul>
 *   <li>PDF: starts with {@code %PDF-} and a version digit;</li>
 *   <li>JPEG: starts with {@code FF D8 FF};</li>
 *   <li>PNG: the 8-byte signature followed by the {@code IHDR} chunk (a bare signature is refused);</li>
 *   <li>DOCX: a ZIP archive holding {@code [Content_Types].xml}, declaring the WordprocessingML main
 *       document type (so macro-enabled .docm is refused), and {@code word/document.xml}.</li>
 * </ul>
 */
public enum FileKind {

    PDF("application/pdf", "pdf"),
    JPEG("image/jpeg", "jpg"),
    PNG("image/png", "png"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx");

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};
    private static final String CONTENT_TYPES = "[Content_Types].xml";
    private static final String WORD_DOCUMENT = "word/document.xml";
    private static final String DOCX_MAIN_TYPE =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private static final int CONTENT_TYPES_LIMIT = 256 * 1024;
    private static final int HEADER_LENGTH = 16;

    private final String mediaType;
    private final String extension;

    FileKind(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    /** The canonical extension, without the dot. */
    public String extension() {
        return extension;
    }

    public static FileKind ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(k -> k.mediaType.equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown media type " + mediaType));
    }

    /** The kind of {@code content}, or empty when it is none of the accepted kinds. */
    public static Optional<FileKind> detect(byte[] content) {
        return detect(Arrays.copyOf(content, Math.min(content.length, HEADER_LENGTH)), () -> {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                return isDocx(zip);
            }
        });
    }

    /** The kind of the file at {@code file}, or empty when it is none of the accepted kinds. */
    public static Optional<FileKind> detect(Path file) throws IOException {
        byte[] header;
        try (InputStream in = Files.newInputStream(file)) {
            header = in.readNBytes(HEADER_LENGTH);
        }
        return detect(header, () -> {
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return isDocx(zip);
            }
        });
    }

    private static Optional<FileKind> detect(byte[] header, ZipProbe docx) {
        if (startsWith(header, "%PDF-".getBytes(StandardCharsets.US_ASCII))
                && header.length > 5 && Character.isDigit(header[5])) {
            return Optional.of(PDF);
        }
        if (startsWith(header, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF})) {
            return Optional.of(JPEG);
        }
        if (startsWith(header, PNG_SIGNATURE) && header.length >= 16
                && new String(header, 12, 4, StandardCharsets.US_ASCII).equals("IHDR")) {
            return Optional.of(PNG);
        }
        if (startsWith(header, ZIP_SIGNATURE)) {
            try {
                return docx.isDocx() ? Optional.of(DOCX) : Optional.empty();
            } catch (IOException | RuntimeException e) {
                return Optional.empty(); // a damaged archive is not a document
            }
        }
        return Optional.empty();
    }

    private static boolean isDocx(ZipFile zip) throws IOException {
        ZipEntry types = zip.getEntry(CONTENT_TYPES);
        if (types == null || zip.getEntry(WORD_DOCUMENT) == null) {
            return false;
        }
        try (InputStream in = zip.getInputStream(types)) {
            return declaresWordDocument(in);
        }
    }

    private static boolean isDocx(ZipInputStream zip) throws IOException {
        Set<String> names = new HashSet<>();
        boolean wordTypes = false;
        for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
            names.add(e.getName());
            if (CONTENT_TYPES.equals(e.getName())) {
                wordTypes = declaresWordDocument(zip);
            }
        }
        return wordTypes && names.contains(WORD_DOCUMENT);
    }

    private static boolean declaresWordDocument(InputStream contentTypes) throws IOException {
        // only the head of the entry is read, so a zip bomb cannot exhaust memory
        byte[] xml = contentTypes.readNBytes(CONTENT_TYPES_LIMIT);
        return new String(xml, StandardCharsets.UTF_8).contains(DOCX_MAIN_TYPE);
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }

    @FunctionalInterface
    private interface ZipProbe {
        boolean isDocx() throws IOException;
    }
}
