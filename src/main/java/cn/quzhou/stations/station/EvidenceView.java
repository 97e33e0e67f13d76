package cn.quzhou.stations.station;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

public record EvidenceView(long id, long stationId, int year, EvidenceKind kind, LocalDate occurredOn,
                           String description, Integer attendance, EvidenceLevel level, BigDecimal days,
                           String fileName, boolean hasFile, String recordedBy, Instant recordedAt) {
}
