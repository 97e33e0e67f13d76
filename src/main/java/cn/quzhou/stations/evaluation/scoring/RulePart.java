package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.station.EvidenceKind;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One scoring line of an indicator item, as the 考核说明 column states it: "each report 5", "province-wide 6",
 * "40 days and more 5".
 *
 * @param code          the part's code within its item (e.g. {@code OFFICE}, {@code FULL}, {@code CONFERENCE})
 * @param description   the policy's own words
 * @param points        points earned (per event for per-event kinds; the maximum judgement for {@code JUDGEMENT})
 * @param evidenceKind  the evidence that earns it (per-event kinds, awards, media), else null
 * @param level         for awards and media: the level the evidence must have ({@code BASE}: at least), else null
 * @param threshold     for thresholds and tiers measured by a value: the inclusive lower bound, else null
 * @param minAttendance qualifier: the least attendance/number of people an event needs (B1.3, B2.1), else null
 */
public record RulePart(String code, String description, BigDecimal points, EvidenceKind evidenceKind, Level level,
        BigDecimal threshold, Integer minAttendance) {

    public RulePart {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(description, "description");
        points = Decimals.canonical(Objects.requireNonNull(points, "points"));
        threshold = Decimals.canonical(threshold);
        if (points.signum() < 0) {
            throw new IllegalArgumentException("negative points in part " + code);
        }
    }

    /** Whether an event of {@code kind} at {@code eventLevel} is the evidence this part scores. */
    boolean matches(EvidenceKind kind, Level eventLevel) {
        return kind == evidenceKind && (level == null || level == eventLevel);
    }
}
