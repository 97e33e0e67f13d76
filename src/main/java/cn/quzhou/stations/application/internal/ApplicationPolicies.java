package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.shared.DatedPolicy;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The application rules of the policy version in force on a date (table application_policy). */
@Component
public class ApplicationPolicies {

    private final JdbcClient jdbc;

    ApplicationPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cooperation period an agreement has "in principle" (Art. 3(2)) on {@code date}. */
    public int defaultCooperationYears(LocalDate date) {
        return DatedPolicy.inForce(jdbc, "default_cooperation_years", "application_policy", "", date)
                .query(Integer.class).optional()
                .orElseThrow(() -> new IllegalStateException("no application policy in force on " + date));
    }
}
