package cn.quzhou.stations.audit;

import java.time.LocalDate;

/** Search criteria; blank fields do not filter. Dates are inclusive, in Beijing time. */
public record AuditQuery(String actor, String action, String objectType, String objectId,
                         LocalDate from, LocalDate to) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null);
    }
}
