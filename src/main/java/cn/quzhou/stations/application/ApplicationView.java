package cn.quzhou.stations.application;

import java.time.Instant;
import java.util.List;

/**
 * One application as its reader may see it, with what the signed-in user may do to it now. Personal data in
 * {@code draft} is masked ({@code personalMasked}) for everyone but the applicant unit and the staff who entered it.
 * {@code societyFlagged}: the society has another station or application in the city (Art. 3(6)); which ones
 * ({@code societyConflicts}) only the reviewing offices read — for anyone else the list is empty.
 */
public record ApplicationView(long id, long hostUnitId, String creditCode, String jurisdictionName, boolean cityDirect,
                              ApplicationStatus status, ApplicationStatus returnedFrom, boolean paper, String enteredBy,
                              String societyName, ApplicationDraft draft, List<ReviewView> reviews,
                              List<AttachmentView> attachments, List<SocietyConflict> societyConflicts, boolean societyFlagged,
                              Instant submittedAt, int version,
                              boolean canEdit, boolean canReview, boolean personalMasked,
                              boolean canWithdraw) {

    public boolean canSubmit() {
        return canEdit && status == ApplicationStatus.DRAFT;
    }

    public boolean canResubmit() {
        return canEdit && status == ApplicationStatus.RETURNED;
    }

    /** A draft that was never submitted: its unit may delete it (one withdrawn keeps its opinion boxes, so stays). */
    public boolean canDelete() {
        return canEdit && status == ApplicationStatus.DRAFT && reviews.isEmpty();
    }

    public boolean hasAgreement() {
        return attachments.stream().anyMatch(a -> a.kind() == AttachmentKind.AGREEMENT);
    }
}
