package cn.quzhou.stations.evaluation.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 14 item 9: B1.1's line names the expert-days records its average was computed from. */
class ExpertDaysCitationTests {

    private final ScoringEngine engine = new ScoringEngine(Quzhou2021.VERSION);

    @Test
    void theExpertDaysLineCitesTheRecordsItCounted() {
        ScoreSheet sheet = engine.score(StationYear.of(1, 2026).measure("B1.1", new BigDecimal("45"), List.of(12L, 15L)).build());
        assertThat(sheet.points("B1.1")).isEqualByComparingTo("5");
        assertThat(sheet.item("B1.1").lines()).singleElement().extracting(Line::cited).isEqualTo(List.of(12L, 15L));
    }

    @Test
    void aMeasureGivenWithoutRecordsCitesNone() {
        ScoreSheet sheet = engine.score(StationYear.of(1, 2026).measure("B1.1", "45").build());
        assertThat(sheet.item("B1.1").lines()).singleElement().extracting(Line::cited).isEqualTo(List.of());
    }
}
