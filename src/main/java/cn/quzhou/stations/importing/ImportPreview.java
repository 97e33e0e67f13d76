package cn.quzhou.stations.importing;

import java.util.List;

/** A batch with one page (from 0) of its problems, in row and column order. */
public record ImportPreview(ImportBatchView batch, List<ImportProblemView> problems, int page, int pages) {
}
