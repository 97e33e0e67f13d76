package cn.quzhou.stations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.evaluation.scoring.Line;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The engine's explanations reach the API in words, in the caller's language, with the key kept as the code. */
class LineNotesTests {

    private final LineNotes notes = new LineNotes(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/evaluation");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @ParameterizedTest(name = "{0} in {1}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            evaluation.scoring.note.outsideYear | zh-CN | 2025-12-31 | 2026   | 佐证日期 2025-12-31 不在考核年度 2026 年内，不计分
            evaluation.scoring.note.outsideYear | en    | 2025-12-31 | 2026   | Dated 2025-12-31, outside the evaluation year 2026: not counted
            evaluation.scoring.note.belowLevel  | zh-CN | COUNTY     | CITY   | 级别“县级”低于“市级（市厅级）”，不计分
            """)
    void anExplanationIsResolvedWithItsArgumentsNamed(String key, String language, String first, String second,
                                                      String expected) {
        Line line = new Line(Line.Source.EVIDENCE, 7L, null, BigDecimal.ZERO, key, List.of(first, second));
        Line explained = line.withNote(notes.note(line, Locale.forLanguageTag(language)));
        assertThat(explained.noteKey()).isEqualTo(key);
        assertThat(explained.note()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"zh-CN", "en"})
    void aLineWithoutAnExplanationHasNoNote(String language) {
        Line line = new Line(Line.Source.DECLARATION, null, "OFFICE", BigDecimal.ONE, null, List.of());
        assertThat(notes.note(line, Locale.forLanguageTag(language))).isNull();
    }
}
