package cn.quzhou.stations.documents;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.testsupport.PlatformTest;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PdfRendererTests extends PlatformTest {

    private static final String TITLE = "衢州市全国（省级）学会服务站申请书";
    private static final String SCRIPT = "<script>alert(1)</script>";

    @Autowired
    PdfRenderer renderer;

    private byte[] pdf;

    @BeforeAll
    void render() throws IOException {
        Path outside = Files.createDirectories(Path.of("target/screenshots")).resolve("not-to-be-loaded.png");
        Files.write(outside, TestFiles.png(Color.GREEN));
        pdf = renderer.render("documents/pdf/test-sample", Map.of(
                "title", TITLE,
                "number", "衢市科协〔2021〕24号",
                "unit", SCRIPT,
                "society", "中国机械工程学会 & <b>浙江省</b>分会",
                "work", "一、提供产业发展战略咨询\n二、破解关键技术难题\u0001",
                "opinion", "同意申报。",
                "date", LocalDate.of(2026, 3, 9),
                "seal", PdfRenderer.dataUri(TestFiles.png(Color.RED), FileKind.PNG),
                "external", outside.toUri().toString()));
    }

    @Test
    void theChineseTextAndTheUsersMarkupComeOutAsText() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains(TITLE, "衢市科协〔2021〕24号", SCRIPT, "中国机械工程学会 & <b>浙江省</b>分会",
                    "二、破解关键技术难题", "申报单位意见", "同意申报。", "（盖章）", "2026年3月9日");
            assertThat(text).containsPattern("年\\p{Zs}+月\\p{Zs}+日").doesNotContain("\u0001");
            assertThat(text.codePoints().filter(c -> c >= 0x2E80 && c <= 0x2FDF)).as("no radicals instead of ideographs")
                    .isEmpty();
        }
    }

    @Test
    void bothWeightsOfTheChineseFontAreEmbeddedAsSubsets() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDFont> fonts = fonts(doc);
            assertThat(fonts).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+NotoSansSC-.*");
            });
            assertThat(fonts).extracting(PDFont::getName).anyMatch(n -> n.endsWith("Regular"))
                    .anyMatch(n -> n.endsWith("Bold"));
        }
        assertThat(pdf.length).as("subsetting keeps the file small").isLessThan(300_000);
    }

    @Test
    void theSealIsEmbeddedButNoExternalResourceIsLoaded() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDResources resources = doc.getPage(0).getResources();
            List<PDImageXObject> images = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    images.add(image);
                }
            }
            assertThat(images).hasSize(1);
            BufferedImage seal = images.get(0).getImage();
            assertThat(new Color(seal.getRGB(20, 20))).isEqualTo(Color.RED);
        }
    }

    @Test
    void thePageIsDrawnWithVisibleGlyphs() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            PDPage page = doc.getPage(0);
            assertThat(page.getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(0, 110);
            Path png = Files.createDirectories(Path.of("target/screenshots")).resolve("pdf-sample.png");
            ImageIO.write(image, "png", png.toFile());
            long dark = 0;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    Color c = new Color(image.getRGB(x, y));
                    if (c.getRed() + c.getGreen() + c.getBlue() < 200) {
                        dark++;
                    }
                }
            }
            assertThat(dark).as("dark pixels on page 1").isGreaterThan(5_000);
        }
    }

    @Test
    void documentsRenderedOneAfterAnotherAndAtOnceReadTheSameAsTheFirst() throws Exception {
        // the parsed fonts are lent from document to document (and PDFBox closes a font once it embedded its subset)
        String first = text(pdf);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            List<java.util.concurrent.Future<byte[]>> later = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                later.add(pool.submit(() -> renderer.render("documents/pdf/test-sample", Map.of("title", TITLE,
                        "number", "衢市科协〔2021〕24号", "unit", SCRIPT, "society", "中国机械工程学会 & <b>浙江省</b>分会",
                        "work", "一、提供产业发展战略咨询\n二、破解关键技术难题\u0001", "opinion", "同意申报。",
                        "date", LocalDate.of(2026, 3, 9), "seal", PdfRenderer.dataUri(TestFiles.png(Color.RED), FileKind.PNG),
                        "external", "file:///etc/passwd"))));
            }
            for (var next : later) {
                assertThat(text(next.get())).isEqualTo(first);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static String text(byte[] bytes) throws IOException {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            PDResources resources = page.getResources();
            for (COSName name : resources.getFontNames()) {
                fonts.add(resources.getFont(name));
            }
        }
        return fonts;
    }
}
