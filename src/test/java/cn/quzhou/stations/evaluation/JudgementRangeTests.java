package cn.quzhou.stations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.evaluation.internal.Sheets;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An expert's judgement ranges to the C4 maximum of the measures governing the report's year — the number the form
 * shows and the facade checks — so a revised table's maximum reaches them from the year it governs.
 */
class JudgementRangeTests extends PlatformTest {

    @Autowired
    Sheets sheets;

    @Autowired
    JdbcClient jdbc;

    @ParameterizedTest(name = "year {0}: judgement up to {1}")
    @CsvSource({"2026, 5", "2098, 5", "2099, 4"})
    void theJudgementRangeIsTheMaximumOfTheMeasuresGoverningTheYear(int year, BigDecimal max) {
        try (var revision = LaterMeasures.insert(jdbc, LocalDate.of(2099, 3, 1), new BigDecimal("4"))) {
            assertThat(sheets.judgementMax(year)).isEqualByComparingTo(max);
        }
    }
}
