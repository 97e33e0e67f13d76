package cn.quzhou.stations.importing;

import java.time.Instant;

/** One import as its uploader sees it. */
public record ImportBatchView(long id, String kind, String kindTitleKey, String fileName, String sha256,
                              Instant uploadedAt, ImportState state, int rowCount, int problemCount,
                              Instant committedAt) {

    public boolean committable() {
        return state == ImportState.VALIDATED;
    }
}
