package cn.quzhou.stations.importing.internal;

import cn.quzhou.stations.importing.ImportState;
import cn.quzhou.stations.shared.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One uploaded file of one kind: UPLOADED → VALIDATED or INVALID (the preview), VALIDATED → COMMITTED (once), and
 * VALIDATED → INVALID when the commit's second check finds what changed in the registers since the preview.
 */
@Entity
@Table(name = "import_batch")
public class ImportBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String kind;
    private String fileName;
    private String sha256;
    private long uploadedBy;
    private Instant uploadedAt;
    @Enumerated(EnumType.STRING)
    private ImportState state = ImportState.UPLOADED;
    private int rowCount;
    private int problemCount;
    private Instant committedAt;
    @Version
    private int version;

    protected ImportBatch() {
    }

    public ImportBatch(String kind, String fileName, String sha256, long uploadedBy, Instant uploadedAt) {
        this.kind = kind;
        this.fileName = fileName;
        this.sha256 = sha256;
        this.uploadedBy = uploadedBy;
        this.uploadedAt = uploadedAt;
    }

    /** The preview's outcome: valid when no row has a problem. */
    public void checked(int rows, int problems) {
        ImportState after = next(problems == 0 ? ImportState.Step.CHECK_VALID : ImportState.Step.CHECK_INVALID);
        rowCount = rows;
        problemCount = problems;
        state = after;
    }

    /** The commit's second check found problems: the batch can no longer be committed. */
    public void invalidated(int problems) {
        ImportState after = next(ImportState.Step.INVALIDATE);
        problemCount = problems;
        state = after;
    }

    /** Only a batch that passed the preview may be committed (checked before its file is read again). */
    public void requireCommittable() {
        next(ImportState.Step.COMMIT);
    }

    public void committed(Instant at) {
        state = next(ImportState.Step.COMMIT);
        committedAt = at;
    }

    private ImportState next(ImportState.Step step) {
        return state.after(step).orElseThrow(() -> new BusinessRuleException(null, "import.error.state", state.name()));
    }

    public Long getId() { return id; }
    public String getKind() { return kind; }
    public String getFileName() { return fileName; }
    public String getSha256() { return sha256; }
    public long getUploadedBy() { return uploadedBy; }
    public Instant getUploadedAt() { return uploadedAt; }
    public ImportState getState() { return state; }
    public int getRowCount() { return rowCount; }
    public int getProblemCount() { return problemCount; }
    public Instant getCommittedAt() { return committedAt; }
}
