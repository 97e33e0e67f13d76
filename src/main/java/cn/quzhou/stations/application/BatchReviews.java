package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.RowOutcome;
import java.util.LinkedHashSet;
import java.util.List;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 批量通过 at the county CAST review (issue #14 item 8): several applications, one opinion, one seal confirmation.
 * Row by row: each passes through {@link Applications#decide} in its own transaction (its own review record, opinion
 * box and audit line, exactly as if passed one at a time), so an application that moved on since the list was shown is
 * refused alone and the others still pass. Not transactional itself, on purpose.
 */
@Service
public class BatchReviews {

    /** One batch passes at most a page of the list. */
    public static final int MAX = 100;

    private final Applications applications;

    BatchReviews(Applications applications) {
        this.applications = applications;
    }

    @PreAuthorize("hasAuthority('application:review')")
    public List<RowOutcome> passAtCounty(List<Long> ids, String opinion, boolean sealConfirmed) {
        if (!PlatformUser.current().has(Role.COUNTY_CAST)) {
            // the other reviewing offices decide one at a time: their steps carry more than a check of completeness
            throw new AccessDeniedException("batch pass is the county CAST's");
        }
        if (ids == null || ids.isEmpty()) {
            throw new BusinessRuleException("ids", "application.batch.none");
        }
        if (ids.size() > MAX) {
            throw new BusinessRuleException("ids", "application.batch.tooMany", MAX);
        }
        if (opinion == null || opinion.isBlank()) {
            throw new BusinessRuleException("opinion", "application.batch.opinionRequired");
        }
        if (!sealConfirmed) {
            throw new BusinessRuleException("sealConfirmed", "application.error.sealRequired");
        }
        return new LinkedHashSet<>(ids).stream().map(id -> pass(id, opinion.strip())).toList();
    }

    private RowOutcome pass(long id, String opinion) {
        String label = "#" + id;
        try {
            ApplicationView a = applications.get(id);
            label = a.draft() == null || a.draft().stationName() == null ? label : a.draft().stationName();
            if (a.status() != ApplicationStatus.COUNTY_CAST_REVIEW) {
                throw new BusinessRuleException(null, "application.batch.notWaiting");
            }
            applications.decide(id, new ReviewCommand(ReviewDecision.PASS, opinion, true, a.version()));
            return RowOutcome.done(label, "application.batch.passed");
        } catch (NotFoundException e) {
            return new RowOutcome(label, false, "application.batch.notFound", List.of());
        } catch (BusinessRuleException e) {
            return RowOutcome.refused(label, e);
        }
    }
}
