package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.shared.DatedPolicy;
import java.time.LocalDate;
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
        int days = DatedPolicy.inForce(jdbc, "resubmission_days", "evaluation_route_policy", "", returnedOn)
                .query(Integer.class).optional()
                .orElseThrow(() -> new IllegalStateException("no route policy in force on " + returnedOn));
        LocalDate from = returnedOn.isAfter(reportDeadline) ? returnedOn : reportDeadline;
        return from.plusDays(days);
    }
}
