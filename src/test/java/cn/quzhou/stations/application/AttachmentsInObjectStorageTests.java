package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ObjectStorage;
import cn.quzhou.stations.testsupport.ObjectStorageTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockMultipartFile;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;

/** Issue #12: with platform.files.store=s3 an attachment goes through the real upload page into the bucket and back. */
class AttachmentsInObjectStorageTests extends ObjectStorageTest {

    @Autowired
    Applications applications;

    @Autowired
    ApplicationFixtures fixtures;

    @Value("${platform.files.dir}")
    Path localDir;

    @Test
    void anAttachmentUploadedThroughThePageIsAnObjectInTheBucketAndDownloadsByteIdentical() throws Exception {
        world.ensure();
        PlatformUser applicant = world.user(Role.APPLICANT);
        long draft = fixtures.draft(applicant, "对象存储服务站");
        byte[] content = uniquePdf();

        mvc.perform(multipart("/applications/{id}/attachments", draft)
                        .file(new MockMultipartFile("file", "共建协议.pdf", "application/pdf", content))
                        .param("kind", "AGREEMENT").with(user(applicant)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        AttachmentView attachment = as(applicant, () -> applications.get(draft).attachments().get(0));
        byte[] downloaded = mvc.perform(get("/applications/{id}/attachments/{a}", draft, attachment.id())
                        .with(user(applicant)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(downloaded).isEqualTo(content);
        String sha256 = sha256(content);
        String key = "attachments/" + sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
        try (S3Client s3 = ObjectStorage.client()) {
            HeadObjectResponse object = s3.headObject(b -> b.bucket(ObjectStorage.BUCKET).key(key));
            assertThat(object.contentLength()).isEqualTo(content.length);
            assertThat(object.metadata()).containsEntry("sha256", sha256);
            assertThat(s3.getObjectAsBytes(b -> b.bucket(ObjectStorage.BUCKET).key(key)).asByteArray())
                    .isEqualTo(content);
        }
        assertThat(localDir.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256))
                .as("nothing of it on the local disk").doesNotExist();
        try (var leftovers = Files.list(localDir.resolve(".incoming"))) {
            assertThat(leftovers).as("the upload's temp file is gone").isEmpty();
        }
    }

    private static byte[] uniquePdf() {
        byte[] pdf = TestFiles.pdf();
        byte[] marker = ("\n%" + UUID.randomUUID() + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] out = java.util.Arrays.copyOf(pdf, pdf.length + marker.length);
        System.arraycopy(marker, 0, out, pdf.length, marker.length);
        return out;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
