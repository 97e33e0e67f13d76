package cn.quzhou.stations.documents;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FileNamesTests {

    @ParameterizedTest(name = "\"{0}\" as {1} becomes \"{2}\"")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            申请书.pdf                      | PDF  | 申请书.pdf
            ../../etc/passwd               | PDF  | passwd.pdf
            ..\\..\\windows\\win.ini        | DOCX | win.docx
            C:\\Users\\王\\证明材料.docx     | DOCX | 证明材料.docx
            /var/www/html/index.html       | PDF  | index.pdf
            ..                             | PDF  | 附件.pdf
            ../                            | PNG  | 附件.png
            ''                             | JPEG | 附件.jpg
            .htaccess                      | PDF  | htaccess.pdf
            invoice.pdf.exe                | PDF  | invoice.pdf.pdf
            photo.JPEG                     | JPEG | photo.jpg
            scan.png                       | JPEG | scan.jpg
            2023年度总结.v2                  | DOCX | 2023年度总结.docx
            报告.2023                        | PDF  | 报告.2023.pdf
            'a<b>c:d"e|f?g*h.pdf'          | PDF  | abcdefgh.pdf
            '  spaced   out  name .pdf '   | PDF  | spaced out name.pdf
            CON.pdf                        | PDF  | CON_.pdf
            name.                          | PDF  | name.pdf
            """)
    void namesAreNeutralisedAndGetTheExtensionOfTheDetectedKind(String original, FileKind kind, String expected) {
        assertThat(FileNames.neutralise(original, kind, "附件")).isEqualTo(expected);
    }

    @Test
    void controlAndDirectionCharactersAreRemoved() {
        assertThat(FileNames.neutralise("evil\u0000na\u0007me\r\n\u202Efdp.exe", FileKind.PDF, "附件"))
                .isEqualTo("evilnamefdp.pdf");
        assertThat(FileNames.neutralise("a\tb.pdf", FileKind.PDF, "附件")).isEqualTo("ab.pdf");
    }

    @Test
    void aMissingNameBecomesTheFallback() {
        assertThat(FileNames.neutralise(null, FileKind.PDF, "附件")).isEqualTo("附件.pdf");
        assertThat(FileNames.neutralise("\u0000\u0001", FileKind.PNG, "附件")).isEqualTo("附件.png");
    }

    @Test
    void longNamesAreCappedWithoutSplittingCharactersAndKeepTheirExtension() {
        String name = FileNames.neutralise("衢".repeat(300) + "𠀀".repeat(10) + ".pdf", FileKind.PDF, "附件");
        assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(name).startsWith("衢衢衢").endsWith("衢.pdf");

        String surrogates = FileNames.neutralise("𠀀".repeat(200), FileKind.DOCX, "附件");
        assertThat(surrogates.codePointCount(0, surrogates.length())).isEqualTo(FileNames.MAX_LENGTH);
        assertThat(surrogates).endsWith("𠀀.docx").doesNotContain("\uFFFD");
        assertThat(surrogates.chars().filter(c -> Character.isSurrogate((char) c)).count() % 2).isZero();
    }
}
