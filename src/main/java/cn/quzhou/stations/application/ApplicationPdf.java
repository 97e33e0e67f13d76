package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.documents.FileKind;
import cn.quzhou.stations.documents.PdfRenderer;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;

/**
 * The application printed as the policy's appendix 1: cover, the form's table with its tick-boxes,
 * and the five opinion boxes, each with the office's decision, date and seal.
 */
@Component
public class ApplicationPdf {

    /** What the applicant records in the opinion boxes: never a reviewing office's box. */
    private static final java.util.Set<ReviewDecision> APPLICANTS =
            java.util.EnumSet.of(ReviewDecision.SUBMIT, ReviewDecision.RESUBMIT, ReviewDecision.WITHDRAW);

    private final Applications applications;
    private final OfficeSeals seals;
    private final PdfRenderer renderer;

    ApplicationPdf(Applications applications, OfficeSeals seals, PdfRenderer renderer) {
        this.applications = applications;
        this.seals = seals;
        this.renderer = renderer;
    }

    /** Only for those who may see the application (others get not found from {@link Applications#get}). */
    @PreAuthorize("hasAuthority('application:read')")
    public byte[] render(long id) {
        ApplicationView app = applications.get(id);
        return renderer.render("application/pdf/application-form", Map.of(
                "app", app,
                "d", app.draft(),
                "boxes", boxes(app)));
    }

    /** One of the form's opinion boxes: whose it is, what was decided, when, and the seal stamped on it. */
    public record OpinionBox(String labelKey, boolean notApplicable, String text, LocalDate date, String office,
                             boolean sealed, String sealImage) {
    }

    // package-private: the tests read the boxes without parsing the PDF
    List<OpinionBox> boxes(ApplicationView app) {
        return List.of(
                applicantBox(app),
                box(app, "application.pdf.box.countyCast", ApplicationStatus.COUNTY_CAST_REVIEW, app.cityDirect()),
                box(app, "application.pdf.box.countyTalent", ApplicationStatus.COUNTY_TALENT_RECOGNITION, app.cityDirect()),
                box(app, "application.pdf.box.cityCast", ApplicationStatus.CITY_CAST_REVIEW, false),
                box(app, "application.pdf.box.cityTalent", ApplicationStatus.CITY_TALENT_REVIEW, false));
    }

    /** The latest submission; none once the unit withdrew it (撤回) and has not submitted it again. */
    private OpinionBox applicantBox(ApplicationView app) {
        return app.reviews().stream()
                .filter(r -> APPLICANTS.contains(r.decision()))
                .max(Comparator.comparingInt(ReviewView::seq))
                .filter(r -> r.decision() != ReviewDecision.WITHDRAW)
                .map(r -> new OpinionBox("application.pdf.box.applicant", false, null, date(r), r.office(), false, null))
                .orElse(new OpinionBox("application.pdf.box.applicant", false, null, null, null, false, null));
    }

    /** The latest decision at {@code step}: a return and a later pass show the pass. */
    private OpinionBox box(ApplicationView app, String labelKey, ApplicationStatus step, boolean notApplicable) {
        if (notApplicable) {
            return new OpinionBox(labelKey, true, null, null, null, false, null);
        }
        Optional<ReviewView> latest = app.reviews().stream()
                .filter(r -> r.step() == step && !APPLICANTS.contains(r.decision()))
                .max(Comparator.comparingInt(ReviewView::seq));
        return latest.map(r -> new OpinionBox(labelKey, false, r.opinion(), date(r), r.office(), r.sealConfirmed(),
                        sealImage(r)))
                .orElse(new OpinionBox(labelKey, false, null, null, null, false, null));
    }

    private String sealImage(ReviewView r) {
        if (r.sealFileId() == null) {
            return null;
        }
        byte[] image = seals.image(r.sealFileId());
        return FileKind.detect(image).map(kind -> PdfRenderer.dataUri(image, kind)).orElse(null);
    }

    private static LocalDate date(ReviewView r) {
        return Beijing.date(r.decidedAt());
    }
}
