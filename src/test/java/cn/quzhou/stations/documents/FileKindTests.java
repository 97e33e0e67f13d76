package cn.quzhou.stations.documents;

import static cn.quzhou.stations.documents.TestFiles.bytes;
import static cn.quzhou.stations.documents.TestFiles.contentTypes;
import static cn.quzhou.stations.documents.TestFiles.zip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FileKindTests {

    private static final String DOCX_MAIN =
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    static Stream<Arguments> files() {
        byte[] png = TestFiles.png();
        return Stream.of(
                arguments("a PDF is a PDF", TestFiles.pdf(), FileKind.PDF),
                arguments("a JPEG is a JPEG", TestFiles.jpeg(), FileKind.JPEG),
                arguments("a PNG is a PNG", png, FileKind.PNG),
                arguments("a DOCX written by Word's format library is a DOCX", TestFiles.docx(), FileKind.DOCX),
                arguments("a minimal WordprocessingML package is a DOCX",
                        zip(Map.of("[Content_Types].xml", contentTypes(DOCX_MAIN), "word/document.xml", "<w:document/>")),
                        FileKind.DOCX),
                arguments("HTML renamed to .pdf is refused",
                        "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8), null),
                arguments("a PDF header without a version is refused", "%PDF-x".getBytes(StandardCharsets.US_ASCII), null),
                arguments("a PNG signature alone is refused", Arrays.copyOf(png, 8), null),
                arguments("a Windows executable is refused", bytes('M', 'Z', 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0), null),
                arguments("plain text is refused", "申请书\n".getBytes(StandardCharsets.UTF_8), null),
                arguments("an old binary .doc is refused",
                        bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0, 0, 0, 0, 0), null),
                arguments("a ZIP that is not a DOCX is refused", zip(Map.of("readme.txt", "hello")), null),
                arguments("a spreadsheet package is refused",
                        zip(Map.of("[Content_Types].xml", contentTypes("application/vnd.openxmlformats-officedocument"
                                + ".spreadsheetml.sheet.main+xml"), "xl/workbook.xml", "<workbook/>")), null),
                arguments("a macro-enabled Word document is refused",
                        zip(Map.of("[Content_Types].xml", contentTypes("application/vnd.ms-word.document.macroEnabled"
                                + ".main+xml"), "word/document.xml", "<w:document/>")), null),
                arguments("a truncated ZIP is refused", Arrays.copyOf(TestFiles.docx(), 100), null),
                arguments("an empty file is refused", new byte[0], null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theKindIsRecognisedFromTheContentInMemory(String description, byte[] content, FileKind expected) {
        assertThat(FileKind.detect(content)).isEqualTo(Optional.ofNullable(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void theKindIsRecognisedFromTheContentOnDisk(String description, byte[] content, FileKind expected,
                                                 @TempDir Path dir) throws IOException {
        Path file = Files.write(dir.resolve("upload.pdf"), content);
        assertThat(FileKind.detect(file)).isEqualTo(Optional.ofNullable(expected));
    }
}
