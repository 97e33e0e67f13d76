package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.shared.DatedPolicy;
import cn.quzhou.stations.organisation.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Separation of duties for business roles as policy data (table {@code role_incompatibility}, V33): which two
 * roles one account cannot hold, in the version in force today, and the message that says why.
 */
@Component
public class DutySeparationPolicy {

    private final JdbcClient jdbc;
    private final Clock clock;

    DutySeparationPolicy(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The message key when {@code held} and {@code wanted} are incompatible today; empty when they may meet. */
    public Optional<String> conflict(Role held, Role wanted) {
        if (held == wanted) {
            return Optional.empty();
        }
        String a = held.name().compareTo(wanted.name()) < 0 ? held.name() : wanted.name();
        String b = a.equals(held.name()) ? wanted.name() : held.name();
        return DatedPolicy.inForce(jdbc, "message_key", "role_incompatibility", "role_a = ? and role_b = ?",
                LocalDate.now(clock), a, b).query(String.class).optional();
    }
}
