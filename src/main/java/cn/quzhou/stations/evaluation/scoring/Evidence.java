package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.station.EvidenceKind;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One recorded piece of evidence, as far as scoring needs it.
 *
 * @param id         the evidence record's id (shown on the score sheet)
 * @param kind       what it records
 * @param date       when it happened; only evidence dated within the evaluation year counts
 * @param attendance attendances / people, for conferences and trainings; null if not recorded
 * @param level      level of an award or media report; null otherwise
 * @param quantity   how many scoring units the record stands for (e.g. two group standards in one record); ≥ 1
 */
public record Evidence(long id, EvidenceKind kind, LocalDate date, Integer attendance, Level level, int quantity) {

    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        if (quantity < 1) {
            throw new IllegalArgumentException("quantity must be at least 1: " + quantity);
        }
    }

    public static Evidence of(long id, EvidenceKind kind, LocalDate date) {
        return new Evidence(id, kind, date, null, null, 1);
    }

    public static Evidence attended(long id, EvidenceKind kind, LocalDate date, int attendance) {
        return new Evidence(id, kind, date, attendance, null, 1);
    }

    public static Evidence levelled(long id, EvidenceKind kind, LocalDate date, Level level) {
        return new Evidence(id, kind, date, null, level, 1);
    }
}
