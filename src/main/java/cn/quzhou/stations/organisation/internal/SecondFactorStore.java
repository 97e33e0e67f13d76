package cn.quzhou.stations.organisation.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The accounts' TOTP secrets and recovery codes (tables of V34). Replay and single use are decided by the database. */
@Component
class SecondFactorStore {

    /** What the database holds for an account. {@code sealed} is null when the holder must enrol (after a reset). */
    record Row(String sealed, Instant enrolledAt, long lastStep) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    SecondFactorStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Row> find(long accountId) {
        return jdbc.sql("select secret, enrolled_at, last_step from account_second_factor where account_id = ?")
                .param(accountId)
                .query((rs, n) -> new Row(rs.getString(1),
                        rs.getTimestamp(2) == null ? null : rs.getTimestamp(2).toInstant(), rs.getLong(3)))
                .optional();
    }

    /** Stores a confirmed secret (the confirming code's step counts as used) and replaces the recovery codes. */
    @Transactional
    void enrol(long accountId, String sealed, long confirmedStep, List<String> recoveryHashes) {
        jdbc.sql("""
                insert into account_second_factor (account_id, secret, enrolled_at, last_step) values (?, ?, ?, ?)
                on conflict (account_id) do update set secret = excluded.secret, enrolled_at = excluded.enrolled_at,
                    last_step = excluded.last_step""")
                .params(accountId, sealed, java.sql.Timestamp.from(clock.instant()), confirmedStep).update();
        jdbc.sql("delete from account_recovery_code where account_id = ?").param(accountId).update();
        for (String hash : recoveryHashes) {
            jdbc.sql("insert into account_recovery_code (account_id, code_hash) values (?, ?)")
                    .params(accountId, hash).update();
        }
    }

    /**
     * Marks {@code step} used if it is later than every step used before: one statement, so two requests
     * racing with the same code cannot both get in.
     */
    boolean useStep(long accountId, long step) {
        return jdbc.sql("update account_second_factor set last_step = ? where account_id = ? and secret is not null"
                        + " and last_step < ?")
                .params(step, accountId, step).update() == 1;
    }

    boolean useRecoveryCode(long accountId, String hash) {
        return jdbc.sql("update account_recovery_code set used_at = ? where account_id = ? and code_hash = ?"
                        + " and used_at is null")
                .params(java.sql.Timestamp.from(clock.instant()), accountId, hash).update() == 1;
    }

    int recoveryCodesLeft(long accountId) {
        return jdbc.sql("select count(*) from account_recovery_code where account_id = ? and used_at is null")
                .param(accountId).query(Integer.class).single();
    }

    /** Forgets the secret and the codes; the row stays, so the holder must enrol again. */
    @Transactional
    void reset(long accountId) {
        jdbc.sql("""
                insert into account_second_factor (account_id, secret, enrolled_at, last_step) values (?, null, null, 0)
                on conflict (account_id) do update set secret = null, enrolled_at = null""")
                .param(accountId).update();
        jdbc.sql("delete from account_recovery_code where account_id = ?").param(accountId).update();
    }
}
