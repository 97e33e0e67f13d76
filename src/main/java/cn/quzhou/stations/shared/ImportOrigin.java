package cn.quzhou.stations.shared;

import java.time.Instant;

/**
 * Where an imported record came from (issue #15): the file's SHA-256, its row as Excel numbers it, who imported it and
 * when. Owning modules keep it with the record, which marks the record as imported history rather than platform work.
 */
public record ImportOrigin(String sha256, int row, String importedBy, Instant importedAt) {
}
