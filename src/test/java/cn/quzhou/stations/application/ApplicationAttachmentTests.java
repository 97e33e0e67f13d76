package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;

class ApplicationAttachmentTests extends PlatformTest {

    @Autowired
    Applications applications;

    @Autowired
    ApplicationFixtures fixtures;

    private PlatformUser applicant;
    private long draft;

    @BeforeEach
    void setUp() {
        world.ensure();
        applicant = world.user(Role.APPLICANT);
        draft = fixtures.draft(applicant, "附件测试服务站");
    }

    @Test
    void anHtmlFileRenamedToPdfIsRefusedWithAClearMessage() throws Exception {
        mvc.perform(multipart("/applications/{id}/attachments", draft)
                        .file(new MockMultipartFile("file", "协议.pdf", "application/pdf",
                                "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                        .param("kind", "AGREEMENT").with(user(applicant)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", cn.quzhou.stations.shared.PageMessage.of("file.error.type")));
        assertThat(as(applicant, () -> applications.get(draft).hasAgreement())).isFalse();
    }

    @Test
    void aPathInTheFileNameIsNeutralised() {
        AttachmentView stored = as(applicant, () -> applications.attach(draft, AttachmentKind.OTHER, "../../etc/passwd.pdf",
                new ByteArrayInputStream(TestFiles.pdf())));
        assertThat(stored.name()).doesNotContain("/").doesNotContain("..").endsWith(".pdf");
    }

    @Test
    void theAgreementIsDownloadableByThoseWhoMaySeeTheApplicationOnly() throws Exception {
        fixtures.attachAgreement(draft, applicant);
        as(applicant, () -> {
            applications.submit(draft, 0);
            return null;
        });
        long attachment = as(applicant, () -> applications.get(draft).attachments().get(0).id());
        for (Role allowed : new Role[] {Role.APPLICANT, Role.COUNTY_CAST, Role.CITY_CAST}) {
            mvc.perform(get("/applications/{id}/attachments/{a}", draft, attachment).with(user(world.user(allowed))))
                    .andExpect(status().isOk())
                    .andExpect(header().string("Content-Disposition", Matchers.startsWith("attachment;")))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        }
        mvc.perform(get("/applications/{id}/attachments/{a}", draft, attachment).with(user(fixtures.otherCountyCast())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/applications/{id}/attachments/{a}", draft, attachment).with(user(fixtures.cityApplicant())))
                .andExpect(status().isNotFound());
    }

    @Test
    void attachmentsAreFrozenOnceSubmitted() {
        fixtures.attachAgreement(draft, applicant);
        as(applicant, () -> {
            applications.submit(draft, 0);
            return null;
        });
        assertThatThrownBy(() -> as(applicant, () -> applications.attach(draft, AttachmentKind.OTHER, "补充.pdf",
                new ByteArrayInputStream(TestFiles.pdf())))).isInstanceOf(cn.quzhou.stations.shared.NotFoundException.class);
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThatThrownBy(() -> as(applicant, () -> applications.attach(draft, AttachmentKind.OTHER, "空.pdf",
                new ByteArrayInputStream(new byte[0])))).isInstanceOf(BusinessRuleException.class)
                .hasMessage("file.error.empty");
    }
}
