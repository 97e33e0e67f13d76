package cn.quzhou.stations.documents;

import cn.quzhou.stations.documents.internal.ParsedFonts;
import cn.quzhou.stations.documents.internal.PdfSigner;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;
import java.util.regex.Pattern;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a Thymeleaf template to PDF (A4, Chinese text in the bundled Noto Sans SC, embedded as a
 * subset so the PDF displays on machines without Chinese fonts).
 * <p>
 * Templates live in the calling module's {@code templates/<module>/pdf/} and must be well-formed
 * XHTML (close every tag, {@code <br/>}, no HTML named entities such as {@code &nbsp;} — write the
 * character itself). Include the shared print stylesheet with
 * {@code <style th:replace="~{documents/pdf/base :: style}"></style>} and put every value in with
 * {@code th:text}, so that markup typed by users stays text. Messages ({@code #{...}}) resolve in
 * {@code zh_CN}. Images (seals) are embedded with {@link #dataUri}; no other external resource is
 * ever loaded.
 */
@Service
public class PdfRenderer {

    public static final String FONT_FAMILY = "Noto Sans SC";

    /** Characters XML 1.0 does not allow (e.g. control characters typed into a form). */
    private static final Pattern NOT_XML = Pattern.compile("[^\\x09\\x0A\\x0D\\x20-\\uD7FF\\uE000-\\uFFFD\\x{10000}-\\x{10FFFF}]");

    static {
        // openhtmltopdf logs every stage at INFO on its own console handler
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    private final ITemplateEngine templates;
    private final PdfSigner signer;
    private final ParsedFonts parsedFonts;

    PdfRenderer(ITemplateEngine templates, PdfSigner signer) {
        this.templates = templates;
        this.signer = signer;
        this.parsedFonts = new ParsedFonts(font("fonts/NotoSansSC-Regular.ttf"), font("fonts/NotoSansSC-Bold.ttf"),
                Math.min(4, Math.max(2, Runtime.getRuntime().availableProcessors())));
    }

    /** The PDF of {@code templateName} (e.g. {@code "application/pdf/application-form"}) filled with {@code model}. */
    public byte[] render(String templateName, Map<String, Object> model) {
        String html = NOT_XML.matcher(templates.process(templateName, new Context(Locale.SIMPLIFIED_CHINESE, model)))
                .replaceAll("");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ParsedFonts.FontSet fonts = parsedFonts.borrow();
        try (PDDocument document = new PDDocument()) {
            // the subsets are embedded when the document is written, so the set stays borrowed until then
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePDDocument(document)
                    .useFont(embedded(document, fonts.regular()), FONT_FAMILY, 400, FontStyle.NORMAL, true)
                    .useFont(embedded(document, fonts.bold()), FONT_FAMILY, 700, FontStyle.NORMAL, true)
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                            ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> uri != null && uri.startsWith("data:"),
                            ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withHtmlContent(html, null)
                    .toStream(out)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render " + templateName, e);
        } finally {
            parsedFonts.giveBack(fonts);
        }
        return out.toByteArray();
    }

    /**
     * An official document (recognition document, results document, criticism notice, evaluation sheet): rendered as
     * {@link #render} does, then signed with the platform certificate (PAdES), so a PDF reader shows any later change.
     */
    public byte[] renderOfficial(String templateName, Map<String, Object> model) {
        return signer.sign(render(templateName, model), "衢州市学会服务站管理平台签发");
    }

    /** A {@code data:} URI for an image (e.g. a seal: PNG or JPEG) to put in {@code <img th:src="${...}"/>}. */
    public static String dataUri(byte[] image, String mediaType) {
        return "data:" + mediaType + ";base64," + Base64.getEncoder().encodeToString(image);
    }

    /** A {@code data:} URI for a stored seal image, refusing anything but PNG and JPEG. */
    public static String dataUri(byte[] image, FileKind kind) {
        if (kind != FileKind.PNG && kind != FileKind.JPEG) {
            throw new IllegalArgumentException("not an image: " + kind);
        }
        return dataUri(image, kind.mediaType());
    }

    /** The font as a subset of {@code document}, made when the layout first asks for it (a PDF may use no bold). */
    private static PDFontSupplier embedded(PDDocument document, TrueTypeFont font) {
        return new PDFontSupplier(null) {
            private PDFont made;

            @Override
            public PDFont supply() {
                if (made == null) {
                    try {
                        made = PDType0Font.load(document, font, true);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot embed the bundled font", e);
                    }
                }
                return made;
            }
        };
    }


    private static byte[] font(String path) {
        try (InputStream in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("font " + path + " is missing", e);
        }
    }
}
