package cn.quzhou.stations.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

class FileStoreTests extends PlatformTest {

    @Autowired
    FileStore files;

    @Autowired
    JdbcClient jdbc;

    @Value("${platform.files.dir}")
    Path dir;

    private PlatformUser applicant;

    @BeforeEach
    void world() {
        world.ensure();
        applicant = world.user(Role.APPLICANT);
    }

    @Test
    void anUploadIsStoredUnderItsHashAndReadBackUnchanged() throws IOException {
        byte[] content = uniquePdf();
        StoredFile stored = as(applicant, () -> files.store("../../etc/证明材料.PDF", content));

        assertThat(stored.name()).isEqualTo("证明材料.pdf");
        assertThat(stored.kind()).isEqualTo(FileKind.PDF);
        assertThat(stored.mediaType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(content.length);
        assertThat(stored.sha256()).isEqualTo(sha256(content));
        assertThat(stored.uploadedBy()).isEqualTo(applicant.getUsername());
        assertThat(files.describe(stored.id())).isEqualTo(stored);
        assertThat(files.read(stored.id())).isEqualTo(content);
        try (InputStream in = files.open(stored.id())) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        Path onDisk = dir.resolve(stored.sha256().substring(0, 2)).resolve(stored.sha256().substring(2, 4))
                .resolve(stored.sha256());
        assertThat(onDisk).exists().hasBinaryContent(content);
        assertThat(jdbc.sql("select summary from audit_event where action = 'file.store' and object_type = 'stored_file'"
                        + " and object_id = ? and actor = ?")
                .params(stored.id().toString(), applicant.getUsername()).query(String.class).single())
                .contains("证明材料.pdf", "PDF", String.valueOf(content.length), stored.sha256());
    }

    @Test
    void theSameContentUploadedTwiceIsOneFileOnDiskButTwoUploads() throws IOException {
        byte[] content = uniquePdf();
        StoredFile first = as(applicant, () -> files.store("a.pdf", content));
        StoredFile second = as(applicant, () -> files.store("b.pdf", new ByteArrayInputStream(content), FileStore.ANY));

        assertThat(second.id()).isNotEqualTo(first.id());
        assertThat(second.sha256()).isEqualTo(first.sha256());
        assertThat(files.describe(List.of(first.id(), second.id(), UUID.randomUUID())))
                .extracting(StoredFile::name).containsExactlyInAnyOrder("a.pdf", "b.pdf");
        try (Stream<Path> all = Files.walk(dir)) {
            assertThat(all.filter(p -> p.getFileName().toString().equals(first.sha256()))).hasSize(1);
        }
        assertThat(files.read(second.id())).isEqualTo(content);
        assertThat(leftoverTemporaryFiles()).isEmpty();
    }

    @Test
    void filesOverTheSizeLimitAreRefused() throws IOException {
        byte[] tooLarge = Arrays.copyOf(uniquePdf(), 20 * 1024 * 1024 + 1);
        assertThatThrownBy(() -> as(applicant, () -> files.store("big.pdf", tooLarge)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("file.error.size");
                    assertThat(e.field()).isEqualTo("file");
                    assertThat(e.args()).containsExactly("20 MB");
                });
        assertThatThrownBy(() -> as(applicant, () -> files.store("big.pdf", new ByteArrayInputStream(tooLarge), FileStore.ANY)))
                .isInstanceOfSatisfying(BusinessRuleException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("file.error.size"));
        byte[] justRight = Arrays.copyOf(tooLarge, 20 * 1024 * 1024);
        assertThat(as(applicant, () -> files.store("big.pdf", justRight)).size()).isEqualTo(20 * 1024 * 1024);
        assertThat(leftoverTemporaryFiles()).isEmpty();
    }

    @Test
    void emptyFilesAndFilesOfOtherKindsAreRefused() throws IOException {
        assertThat(refusal("empty.pdf", new byte[0], FileStore.ANY)).isEqualTo("file.error.empty");
        assertThat(refusal("page.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
                FileStore.ANY)).isEqualTo("file.error.type");
        assertThat(refusal("seal.png", uniquePdf(), FileStore.IMAGES)).isEqualTo("file.error.kind");
        assertThat(as(applicant, () -> files.store("seal.pdf", TestFiles.png(), FileStore.IMAGES)))
                .extracting(StoredFile::name, StoredFile::kind).containsExactly("seal.png", FileKind.PNG);
        assertThat(leftoverTemporaryFiles()).isEmpty();
    }

    @Test
    void unknownIdsAreNotFound() {
        UUID unknown = UUID.randomUUID();
        assertThatThrownBy(() -> files.describe(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> files.open(unknown)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> files.read(unknown)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aFileAlteredOnDiskIsNotHandedOutAsIfIntact() throws IOException {
        StoredFile stored = as(applicant, () -> files.store("x.pdf", uniquePdf()));
        Path onDisk = dir.resolve(stored.sha256().substring(0, 2)).resolve(stored.sha256().substring(2, 4))
                .resolve(stored.sha256());
        Files.writeString(onDisk, "%PDF-1.7 forged");
        assertThatThrownBy(() -> files.read(stored.id())).isInstanceOf(IllegalStateException.class);
        Files.delete(onDisk);
        assertThatThrownBy(() -> files.open(stored.id())).isInstanceOf(UncheckedIOException.class);
    }

    @Test
    void downloadsAreAttachmentsWithAnEncodedNameAndNoSniffing() throws IOException {
        byte[] content = uniquePdf();
        StoredFile stored = as(applicant, () -> files.store("学会服务站 申请书.pdf", content));
        ResponseEntity<Resource> response = FileDownloads.attachment(stored, files.open(stored.id()));

        HttpHeaders headers = response.getHeaders();
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment;")
                .contains("filename*=UTF-8''%E5%AD%A6%E4%BC%9A%E6%9C%8D%E5%8A%A1%E7%AB%99%20%E7%94%B3%E8%AF%B7%E4%B9%A6.pdf");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(headers.getContentType()).hasToString("application/pdf");
        assertThat(headers.getContentLength()).isEqualTo(content.length);
        try (InputStream in = response.getBody().getInputStream()) {
            assertThat(in.readAllBytes()).isEqualTo(content);
        }
        ResponseEntity<Resource> pdf = FileDownloads.pdf("../申请书", content);
        assertThat(pdf.getHeaders().getFirst(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment;").endsWith("filename*=UTF-8''%E7%94%B3%E8%AF%B7%E4%B9%A6.pdf");
    }

    private String refusal(String name, byte[] content, Set<FileKind> allowed) {
        try {
            as(applicant, () -> files.store(name, content, allowed));
        } catch (BusinessRuleException e) {
            return e.messageKey();
        }
        throw new AssertionError(name + " was accepted");
    }

    private List<Path> leftoverTemporaryFiles() throws IOException {
        Path incoming = dir.resolve(".incoming");
        if (!Files.exists(incoming)) {
            return List.of();
        }
        try (Stream<Path> all = Files.list(incoming)) {
            return all.toList();
        }
    }

    private static byte[] uniquePdf() {
        byte[] pdf = TestFiles.pdf();
        byte[] marker = ("\n%" + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = Arrays.copyOf(pdf, pdf.length + marker.length);
        System.arraycopy(marker, 0, out, pdf.length, marker.length);
        return out;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
