package cn.quzhou.stations.importing;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.importing.internal.ImportBatch;
import cn.quzhou.stations.importing.internal.ImportBatchRepository;
import cn.quzhou.stations.importing.internal.ImportRunner;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.NotFoundException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Excel imports of the registers: template, upload with preview, all-or-nothing commit. Who may import a kind is
 * who may create its records ({@link ImportKind#permission()}) and holds {@code import:manage}; a batch is seen only by
 * its uploader (the data scope of imports). Every upload and commit is audited with the file's SHA-256.
 */
@Service
@Transactional(readOnly = true)
public class Imports {

    /** Problems per page of the preview. */
    public static final int PAGE_SIZE = 100;

    private final Map<String, ImportKind> kinds = new LinkedHashMap<>();
    private final ImportBatchRepository batches;
    private final ImportRunner runner;
    private final AuditLog audit;

    Imports(List<ImportKind> kinds, ImportBatchRepository batches, ImportRunner runner, AuditLog audit) {
        kinds.forEach(k -> this.kinds.put(k.code(), k));
        this.batches = batches;
        this.runner = runner;
        this.audit = audit;
    }

    /** The kinds the signed-in user may import and the user's latest batches. */
    @PreAuthorize("hasAuthority('import:manage')")
    public ImportOverview overview() {
        PlatformUser me = PlatformUser.current();
        List<ImportKindView> allowed = kinds.values().stream().filter(k -> me.can(k.permission()))
                .map(k -> new ImportKindView(k.code(), k.titleKey())).toList();
        List<ImportBatchView> recent = batches.findTop20ByUploadedByOrderByUploadedAtDescIdDesc(me.accountId())
                .stream().map(this::view).toList();
        return new ImportOverview(allowed, recent);
    }

    /** The kind's template (.xlsx) with today's dictionaries in its drop-downs. */
    @PreAuthorize("hasAuthority('import:manage')")
    public ImportTemplate template(String code) {
        ImportKind kind = allowed(code);
        return new ImportTemplate(runner.templateName(kind), runner.template(kind));
    }

    /**
     * Reads and checks the file into a batch (VALIDATED or INVALID) and answers its id; a file refused as a whole
     * (not a workbook, another template, merged cells, too large, imported before…) is refused with its reason.
     */
    @Transactional
    @PreAuthorize("hasAuthority('import:manage')")
    public long upload(String code, String fileName, byte[] content) {
        ImportKind kind = allowed(code);
        ImportBatch batch = runner.upload(kind, fileName, content, PlatformUser.current().accountId(), this::titleOf);
        audit.record(AuditRecord.success("import.upload", "import_batch", batch.getId(), summary(batch)));
        return batch.getId();
    }

    /**
     * Commits a valid batch: every row through the owning module's facade in one transaction, or none. Answers the
     * batch afterwards: COMMITTED, or INVALID when the registers changed since the preview (its problems listed).
     */
    @Transactional
    @PreAuthorize("hasAuthority('import:manage')")
    public ImportBatchView commit(long id) {
        ImportBatch batch = own(id);
        ImportKind kind = allowed(batch.getKind());
        boolean done = runner.commit(batch, kind, this::titleOf);
        audit.record(AuditRecord.success(done ? "import.commit" : "import.invalidated", "import_batch", id,
                summary(batch)));
        return view(batch);
    }

    /** The batch with one page (from 0) of its problems, in row and column order. */
    @PreAuthorize("hasAuthority('import:manage')")
    public ImportPreview preview(long id, int page) {
        ImportBatch batch = own(id);
        int shown = Math.max(page, 0);
        List<ImportProblemView> problems = runner.problems(batch, shown * PAGE_SIZE, PAGE_SIZE).stream()
                .map(p -> new ImportProblemView(p.row(), p.columnLetter(), p.header(), p.messageKey(),
                        p.args().toArray()))
                .toList();
        return new ImportPreview(view(batch), problems, shown,
                (batch.getProblemCount() + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    private ImportKind allowed(String code) {
        ImportKind kind = kinds.get(code);
        if (kind == null) {
            throw new NotFoundException("import kind", code);
        }
        if (!PlatformUser.current().can(kind.permission())) {
            throw new AccessDeniedException("import of " + code + " needs " + kind.permission());
        }
        return kind;
    }

    private ImportBatch own(long id) {
        return batches.findByIdAndUploadedBy(id, PlatformUser.current().accountId())
                .orElseThrow(() -> new NotFoundException("import batch", id));
    }

    private String titleOf(String code) {
        ImportKind kind = kinds.get(code);
        return kind == null ? code : runner.title(kind);
    }

    private static String summary(ImportBatch b) {
        return "kind=" + b.getKind() + ", file=" + b.getFileName() + ", sha256=" + b.getSha256() + ", rows="
                + b.getRowCount() + ", problems=" + b.getProblemCount() + ", state=" + b.getState();
    }

    private ImportBatchView view(ImportBatch b) {
        ImportKind kind = kinds.get(b.getKind());
        return new ImportBatchView(b.getId(), b.getKind(), kind == null ? b.getKind() : kind.titleKey(),
                b.getFileName(), b.getSha256(), b.getUploadedAt(), b.getState(), b.getRowCount(),
                b.getProblemCount(), b.getCommittedAt());
    }
}
