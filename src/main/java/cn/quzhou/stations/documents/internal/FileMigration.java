package cn.quzhou.stations.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Copies the stored files' contents from the local directory to the bucket, and verifies each object in the bucket
 * against the SHA-256 recorded in {@code stored_file} by reading it back. Idempotent: an object already in the bucket
 * is verified, not copied again; a bad one is replaced from an intact local copy.
 */
final class FileMigration {

    /**
     * What a run did, per content (several uploads of the same content are one object): how many were copied and
     * verified, found intact in the bucket, and the SHA-256s of those missing everywhere or failing verification.
     */
    record Report(int contents, int copied, int alreadyThere, List<String> missing, List<String> failed) {

        boolean complete() {
            return missing.isEmpty() && failed.isEmpty();
        }

        @Override
        public String toString() {
            StringBuilder s = new StringBuilder("FILES MIGRATION " + (complete() ? "COMPLETE" : "INCOMPLETE") + ": "
                    + contents + " contents, " + copied + " copied, " + alreadyThere + " already in the bucket, "
                    + missing.size() + " missing, " + failed.size() + " failed verification");
            missing.forEach(sha -> s.append("\nMISSING ").append(sha));
            failed.forEach(sha -> s.append("\nFAILED ").append(sha));
            return s.toString();
        }
    }

    private enum Outcome { COPIED, ALREADY_THERE, MISSING, FAILED }

    private record Content(String sha256, long size) {
    }

    private static final Logger log = LoggerFactory.getLogger(FileMigration.class);

    private final JdbcClient jdbc;
    private final Blobs source;
    private final Blobs target;

    FileMigration(JdbcClient jdbc, Blobs source, Blobs target) {
        this.jdbc = jdbc;
        this.source = source;
        this.target = target;
    }

    Report run() {
        List<Content> contents = jdbc.sql("select distinct sha256, size_bytes from stored_file order by sha256")
                .query((rs, n) -> new Content(rs.getString(1), rs.getLong(2))).list();
        int copied = 0;
        int alreadyThere = 0;
        List<String> missing = new ArrayList<>();
        List<String> failed = new ArrayList<>();
        for (Content c : contents) {
            switch (migrate(c)) {
                case COPIED -> copied++;
                case ALREADY_THERE -> alreadyThere++;
                case MISSING -> missing.add(c.sha256());
                case FAILED -> failed.add(c.sha256());
            }
        }
        return new Report(contents.size(), copied, alreadyThere, List.copyOf(missing), List.copyOf(failed));
    }

    private Outcome migrate(Content c) {
        try {
            if (target.has(c.sha256(), c.size()) && c.sha256().equals(sha256(target, c.sha256()))) {
                return Outcome.ALREADY_THERE;
            }
            String local = sha256(source, c.sha256());
            if (local == null) {
                log.warn("Stored file content {} is neither in {} nor in {}", c.sha256(), target.location(),
                        source.location());
                return Outcome.MISSING;
            }
            if (!local.equals(c.sha256())) {
                log.error("The local copy of {} in {} does not match its SHA-256: not copied", c.sha256(),
                        source.location());
                return Outcome.FAILED;
            }
            copy(c);
            if (!c.sha256().equals(sha256(target, c.sha256()))) {
                log.error("The object {} read back from {} does not match its SHA-256", c.sha256(), target.location());
                return Outcome.FAILED;
            }
            return Outcome.COPIED;
        } catch (IOException | RuntimeException e) {
            log.error("Could not migrate stored file content {}: {}", c.sha256(), e.toString());
            return Outcome.FAILED;
        }
    }

    /** The target's put may move its file: it gets a temporary copy, not the local original. */
    private void copy(Content c) throws IOException {
        Path temp = Files.createTempFile("migrate-", ".part");
        try (InputStream in = source.open(c.sha256())) {
            Files.copy(in, temp, StandardCopyOption.REPLACE_EXISTING);
            target.write(c.sha256(), temp, c.size());
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /** The SHA-256 of the content at this address in {@code blobs}, null when there is none. */
    private static String sha256(Blobs blobs, String address) throws IOException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = new DigestInputStream(blobs.open(address), sha)) {
            in.transferTo(OutputStream.nullOutputStream());
        } catch (NoSuchFileException e) {
            return null;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return HexFormat.of().formatHex(sha.digest());
    }
}
