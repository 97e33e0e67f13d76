package cn.quzhou.stations.importing.internal;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.importing.ImportKind;
import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.ImportState;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.PageMessage;
import jakarta.persistence.EntityManager;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The steps of an import behind the facade: check a file into a batch, commit a valid batch row by row. */
@Component
public class ImportRunner {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Beijing.ZONE);

    /** Rows committed between two clearings of the persistence context. */
    static final int CLEAR_EVERY = 250;

    private final ImportBatchRepository batches;
    private final ImportStore store;
    private final ImportLimits limits;
    private final MessageSource texts;
    private final Clock clock;
    private final EntityManager entities;

    ImportRunner(ImportBatchRepository batches, ImportStore store, ImportLimits limits, MessageSource texts,
                 Clock clock, EntityManager entities) {
        this.entities = entities;
        this.batches = batches;
        this.store = store;
        this.limits = limits;
        this.texts = texts;
        this.clock = clock;
    }

    /** The template of a kind, its drop-downs from today's dictionaries. */
    public byte[] template(ImportKind kind) {
        return Templates.write(kind, kind.open(), texts, limits.maxRows());
    }

    /** "建站单位导入模板.xlsx"-like name of a kind's template. */
    public String templateName(ImportKind kind) {
        return texts.getMessage("import.template.fileName", new Object[] {title(kind)}, Locale.SIMPLIFIED_CHINESE);
    }

    /** Checks the file and keeps it as a batch with its problems; a file refused as a whole keeps nothing. */
    public ImportBatch upload(ImportKind kind, String fileName, byte[] content, long uploader,
                              Function<String, String> titleOf) {
        if (content.length > limits.maxBytes()) {
            throw new FileRefused("import.error.tooLarge", limits.maxBytes() / (1024 * 1024));
        }
        String sha256 = sha256(content);
        refuseImportedBefore(sha256);
        FileCheck.Outcome outcome = new FileCheck(kind, kind.open(), texts, limits.maxRows()).run(content, titleOf);
        ImportBatch batch = new ImportBatch(kind.code(), fileName, sha256, uploader, clock.instant());
        batch.checked(outcome.rows().size(), outcome.problems().size());
        batches.saveAndFlush(batch);
        store.saveProblems(batch.getId(), outcome.problems());
        if (batch.getState() == ImportState.VALIDATED) {
            store.saveFile(batch.getId(), content);
        }
        return batch;
    }

    /**
     * Checks the kept file again against today's registers and, when still clean, hands every row to the kind (one
     * transaction: the caller's). A row the owning facade refuses aborts the whole import, naming the row.
     * Answers false (the batch now INVALID, its problems listed) when the registers changed since the preview.
     */
    public boolean commit(ImportBatch batch, ImportKind kind, Function<String, String> titleOf) {
        batch.requireCommittable();
        refuseImportedBefore(batch.getSha256());
        ImportKind.Session session = kind.open();
        FileCheck.Outcome outcome = new FileCheck(kind, session, texts, limits.maxRows())
                .run(store.file(batch.getId()), titleOf);
        if (!outcome.problems().isEmpty()) {
            batch.invalidated(outcome.problems().size());
            store.saveProblems(batch.getId(), outcome.problems());
            store.dropFile(batch.getId());
            return false;
        }
        String importer = cn.quzhou.stations.organisation.PlatformUser.current().getUsername();
        java.time.Instant now = clock.instant();
        int committed = 0;
        for (ImportRow row : outcome.rows()) {
            try {
                session.commit(row, new cn.quzhou.stations.shared.ImportOrigin(batch.getSha256(), row.number(),
                        importer, now));
            } catch (BusinessRuleException e) {
                throw new BusinessRuleException(null, "import.error.commitRow", row.number(), PageMessage.of(e));
            }
            if (++committed % CLEAR_EVERY == 0) {
                forgetWrittenRows();
            }
        }
        batch.committed(clock.instant());
        batches.save(batch); // merged back when a clearing above detached it
        batches.flush();
        store.dropFile(batch.getId());
        return true;
    }

    /**
     * Writes the rows so far and empties the persistence context: otherwise every later query of the transaction
     * dirty-checks every entity written before it, quadratic in the rows of a 20,000-row file (issue #15).
     */
    private void forgetWrittenRows() {
        entities.flush();
        entities.clear();
    }

    public List<Problem> problems(ImportBatch batch, int offset, int limit) {
        return store.problems(batch.getId(), offset, limit);
    }

    /** The same file (by SHA-256) imports once; the refusal names when and under which name it was imported. */
    private void refuseImportedBefore(String sha256) {
        batches.findFirstBySha256AndState(sha256, ImportState.COMMITTED).ifPresent(earlier -> {
            throw new FileRefused("import.error.alreadyImported", WHEN.format(earlier.getCommittedAt()),
                    earlier.getFileName());
        });
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A kind's name in Chinese (the language of the templates). */
    public String title(ImportKind kind) {
        return texts.getMessage(kind.titleKey(), null, Locale.SIMPLIFIED_CHINESE);
    }
}
