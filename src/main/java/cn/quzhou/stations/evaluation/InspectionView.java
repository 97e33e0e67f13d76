package cn.quzhou.stations.evaluation;

import java.time.LocalDate;

/** A recorded on-site inspection. */
public record InspectionView(long id, LocalDate inspectedOn, String inspectors, String findings, String fileName,
        boolean hasFile, String recordedBy) {
}
