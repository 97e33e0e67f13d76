package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.application.panel.SheetStatus;
import cn.quzhou.stations.application.panel.internal.ReviewSheet;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.springframework.data.jpa.domain.Specification;

/** The data scope of a panel expert: the applications of their sheets that were not withdrawn. */
public final class AssignedApplications {

    private AssignedApplications() {
    }

    public static Specification<Application> of(long expertId) {
        return (r, q, cb) -> {
            Subquery<Long> assigned = q.subquery(Long.class);
            Root<ReviewSheet> sheet = assigned.from(ReviewSheet.class);
            assigned.select(sheet.get("applicationId")).where(cb.equal(sheet.get("expertId"), expertId),
                    cb.notEqual(sheet.get("status"), SheetStatus.WITHDRAWN));
            return r.get("id").in(assigned);
        };
    }
}
