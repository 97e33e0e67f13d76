package cn.quzhou.stations.results;

/** A result correction was decided (event of the aggregate, issue #16). */
public record CorrectionMoved(Long correctionId, CorrectionView.CorrectionStatus.Step step, CorrectionView.CorrectionStatus from,
        CorrectionView.CorrectionStatus to) {
}
