package cn.quzhou.stations.documents;

import java.time.Instant;
import java.util.UUID;

/**
 * One upload held by the {@link FileStore}: its id (what other modules keep), its neutralised name,
 * the kind recognised from its content, its size and SHA-256, who uploaded it and when.
 */
public record StoredFile(UUID id, String name, FileKind kind, long size, String sha256, String uploadedBy,
                         Instant uploadedAt) {

    public String mediaType() {
        return kind.mediaType();
    }
}
