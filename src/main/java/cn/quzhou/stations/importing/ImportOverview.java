package cn.quzhou.stations.importing;

import java.util.List;

/** The imports page: what the user may import and the user's latest batches. */
public record ImportOverview(List<ImportKindView> kinds, List<ImportBatchView> recent) {
}
