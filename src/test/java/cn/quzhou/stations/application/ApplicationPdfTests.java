package cn.quzhou.stations.application;

import static cn.quzhou.stations.application.ApplicationFixtures.pass;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The application as the policy's appendix 1, rendered to PDF, read back as text and as an image. */
class ApplicationPdfTests extends PlatformTest {

    @Autowired
    Applications applications;

    @Autowired
    ApplicationPdf pdf;

    @Autowired
    OfficeSeals seals;

    @Autowired
    ApplicationFixtures fixtures;

    @Test
    void thePdfShowsTheChineseFieldValuesTheTickBoxesTheOpinionsAndTheSeals() throws Exception {
        world.ensure();
        PlatformUser countyCast = world.user(Role.COUNTY_CAST);
        as(countyCast, () -> seals.upload("江山市科协公章.png", new ByteArrayInputStream(TestFiles.png(Color.RED))));
        long id = fixtures.submittedHome("衢州氟硅新材料学会服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        int version = as(countyCast, () -> applications.get(id).version());
        as(countyCast, () -> {
            applications.decide(id, pass(version));
            return null;
        });

        byte[] bytes = as(world.user(Role.APPLICANT), () -> pdf.render(id));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, 80);
                Path out = Path.of("target", "screenshots", "application-pdf-" + (page + 1) + ".png");
                Files.createDirectories(out.getParent());
                ImageIO.write(image, "png", out.toFile());
            }
            // table cells wrap lines wherever they like: compare without white space
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("衢州市全国（省级）学会服务站申请书", "衢州氟硅新材料学会服务站", "测试单位",
                    "单位基本情况", "县（市、区）科协意见", "江山市科协", "同意推荐", "市委人才办意见", "孙专家", "■", "□");
            assertThat(images(document)).as("the county CAST's seal is stamped into its box").isPositive();
        }
    }

    @Test
    void markupTypedIntoTheFormIsPrintedAsText() throws Exception {
        world.ensure();
        var draft = fixtures.completeDraft("<b>加粗</b>服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        long id = as(world.user(Role.APPLICANT), () -> applications.startDraft(draft));
        byte[] bytes = as(world.user(Role.APPLICANT), () -> pdf.render(id));
        try (PDDocument document = Loader.loadPDF(bytes)) {
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s", "")).contains("<b>加粗</b>服务站");
        }
    }

    @Test
    void aWithdrawnApplicationHasNoSubmissionInTheApplicantsBoxAndNothingInTheCountyCastsBox() {
        world.ensure();
        PlatformUser applicant = world.user(Role.APPLICANT);
        long id = fixtures.submittedHome("撤回后打印服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        as(applicant, () -> {
            applications.withdraw(id, fixtures.version(id));
            return null;
        });
        var boxes = as(applicant, () -> pdf.boxes(applications.get(id)));
        assertThat(boxes.get(0).date()).as("the applicant's box: the withdrawn submission is not its date").isNull();
        assertThat(boxes.get(1).office()).as("the county CAST's box: the 撤回 is not the office's opinion").isNull();

        as(applicant, () -> {
            applications.submit(id, fixtures.version(id));
            return null;
        });
        assertThat(as(applicant, () -> pdf.boxes(applications.get(id))).get(0).date()).isNotNull();
    }

    @Test
    void nobodyOutsideTheApplicationsScopeGetsItsPdf() throws Exception {
        world.ensure();
        long id = fixtures.submittedHome("保密服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        mvc.perform(get("/applications/{id}/pdf", id).with(user(fixtures.otherCountyCast()))).andExpect(status().isNotFound());
        mvc.perform(get("/applications/{id}/pdf", id).with(user(world.user(Role.COUNTY_CAST)))).andExpect(status().isOk());
    }

    private static int images(PDDocument document) throws java.io.IOException {
        int count = 0;
        for (PDPage page : document.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                if (page.getResources().getXObject(name) instanceof PDImageXObject) {
                    count++;
                }
            }
        }
        return count;
    }
}
