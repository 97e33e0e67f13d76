package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.shared.DatedPolicy;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dated policy data of the route itself (migration V21, table {@code evaluation_route_policy}). */
@Component
public class RoutePolicy {

    private final JdbcClient jdbc;

    RoutePolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The last day a report returned on {@code returnedOn} may be resubmitted: the period of the version in force
     * then, counted from the later of the return and the report deadline (a station never has less than its deadline).
     */
    public LocalDate resubmitBy(LocalDate returnedOn, LocalDate reportDeadline) {
        int days = on(returnedOn)
                .orElseThrow(() -> new IllegalStateException("no route policy in force on " + returnedOn))
                .resubmissionDays();
        LocalDate from = returnedOn.isAfter(reportDeadline) ? returnedOn : reportDeadline;
        return from.plusDays(days);
    }

    /** The version in force on {@code day}, if any (none before the measures of 2021). */
    public Optional<Version> on(LocalDate day) {
        return DatedPolicy.inForce(jdbc, "effective_from, source, resubmission_days", "evaluation_route_policy", "",
                day).query((rs, n) -> new Version(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getInt(3)))
                .optional();
    }

    /** @param resubmissionDays the days a returned report has to come back (from the later of return and deadline) */
    public record Version(LocalDate effectiveFrom, String source, int resubmissionDays) {
    }
}
