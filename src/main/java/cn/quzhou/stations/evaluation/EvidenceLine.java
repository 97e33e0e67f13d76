package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.station.EvidenceLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A piece of a year's evidence as the evaluation sees it: frozen at submission, or live while drafting. */
public record EvidenceLine(long id, EvidenceKind kind, LocalDate occurredOn, String description, Integer attendance,
        EvidenceLevel level, BigDecimal days) {
}
