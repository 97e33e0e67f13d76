package cn.quzhou.stations.documents.internal;

import cn.quzhou.stations.documents.FileKind;
import cn.quzhou.stations.documents.StoredFile;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One upload; its bytes live in the file store under its SHA-256. */
@Entity
@Table(name = "stored_file")
public class StoredFileRow {

    @Id
    @GeneratedValue(strategy = GenerationType.UUID)
    private UUID id;
    @JdbcTypeCode(SqlTypes.CHAR)
    private String sha256;
    private long sizeBytes;
    private String mediaType;
    private String originalName;
    private String uploadedBy;
    private Instant uploadedAt;

    protected StoredFileRow() {
    }

    StoredFileRow(String sha256, long sizeBytes, FileKind kind, String name, String uploadedBy, Instant uploadedAt) {
        this.sha256 = sha256;
        this.sizeBytes = sizeBytes;
        this.mediaType = kind.mediaType();
        this.originalName = name;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    public UUID getId() { return id; }
    public String getSha256() { return sha256; }
    public long getSizeBytes() { return sizeBytes; }

    StoredFile view() {
        return new StoredFile(id, originalName, FileKind.ofMediaType(mediaType), sizeBytes, sha256, uploadedBy,
                uploadedAt);
    }
}
