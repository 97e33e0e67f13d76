package cn.quzhou.stations.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.testsupport.ObjectStorage;
import cn.quzhou.stations.testsupport.ObjectStorageTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import software.amazon.awssdk.services.s3.S3Client;

/** Issue #12: the command that moves the local directory's files to the bucket, verifying every object. */
class FileMigrationTests extends ObjectStorageTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Blobs bucket;

    @TempDir
    Path oldDir;

    @Test
    void localFilesAreCopiedAndVerifiedAndWhatIsMissingOrAlteredIsNamed() throws Exception {
        byte[] intact = unique("intact");
        byte[] altered = unique("altered");
        String intactSha = recordLocally(intact, intact);
        String alteredSha = recordLocally(altered, unique("tampered with on disk"));
        String missingSha = sha256(unique("never stored"));
        row(missingSha, 12);

        FileMigration.Report report = migration().run();

        assertThat(report.copied()).isEqualTo(1);
        assertThat(report.missing()).contains(missingSha).doesNotContain(intactSha, alteredSha);
        assertThat(report.failed()).containsExactly(alteredSha);
        assertThat(report.complete()).isFalse();
        assertThat(object(intactSha)).isEqualTo(intact);
        assertThat(bucket.has(alteredSha, altered.length)).as("an altered local copy is not copied").isFalse();
    }

    @Test
    void aSecondRunVerifiesWhatIsAlreadyThereAndCopiesNothingAgain() throws Exception {
        byte[] content = unique("twice");
        String sha = recordLocally(content, content);
        assertThat(migration().run().copied()).isEqualTo(1);

        FileMigration.Report again = migration().run();

        assertThat(again.copied()).isZero();
        assertThat(again.alreadyThere()).isPositive();
        assertThat(again.missing()).doesNotContain(sha);
        assertThat(again.failed()).doesNotContain(sha);
        assertThat(object(sha)).isEqualTo(content);
    }

    @Test
    void anObjectThatDoesNotMatchItsChecksumIsReplacedFromTheIntactLocalCopy() throws Exception {
        byte[] content = unique("replaced");
        String sha = recordLocally(content, content);
        byte[] wrong = new byte[content.length];
        Arrays.fill(wrong, (byte) 'x');
        Path temp = Files.write(oldDir.resolve("wrong.part"), wrong);
        bucket.write(sha, temp, content.length);

        FileMigration.Report report = migration().run();

        assertThat(report.copied()).isEqualTo(1);
        assertThat(report.failed()).doesNotContain(sha);
        assertThat(object(sha)).isEqualTo(content);
    }

    private FileMigration migration() {
        return new FileMigration(jdbc, new LocalBlobs(oldDir), bucket);
    }

    /** A stored_file row for {@code content}, with {@code onDisk} in the old directory at its address. */
    private String recordLocally(byte[] content, byte[] onDisk) throws IOException {
        String sha = sha256(content);
        Path file = oldDir.resolve(Blobs.address(sha));
        Files.createDirectories(file.getParent());
        Files.write(file, onDisk);
        row(sha, content.length);
        return sha;
    }

    private void row(String sha, long size) {
        jdbc.sql("insert into stored_file (id, sha256, size_bytes, media_type, original_name, uploaded_by, uploaded_at)"
                        + " values (?, ?, ?, 'application/pdf', 'old.pdf', 'migration-test', ?)")
                .params(UUID.randomUUID(), sha, size, java.sql.Timestamp.from(Instant.now())).update();
    }

    private static byte[] object(String sha) {
        try (S3Client s3 = ObjectStorage.client()) {
            return s3.getObjectAsBytes(b -> b.bucket(ObjectStorage.BUCKET).key("attachments/" + Blobs.address(sha)))
                    .asByteArray();
        }
    }

    private static byte[] unique(String label) {
        return ("%PDF-1.4\n% " + label + " " + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
