package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.shared.ImportOrigin;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The repayments of a clawback (table {@code clawback_repayment}), recorded on the page or imported from paper. A
 * reference is recorded once per clawback (its unique key): the caller refuses a second one before the aggregate
 * moves, so a refused repayment leaves the clawback as it was.
 */
@Component
public class ClawbackRepayments {

    private final JdbcClient jdbc;

    ClawbackRepayments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records a repayment and answers whether it is new: false when the clawback already has one with this reference.
     * {@code origin} is the imported row it came from, null on the page.
     */
    public boolean record(long clawbackId, LocalDate repaidOn, BigDecimal amount, String reference, String by,
                          Instant at, ImportOrigin origin) {
        return jdbc.sql("""
                insert into clawback_repayment (clawback_id, repaid_on, amount, reference, recorded_by, recorded_at,
                                                import_sha256, import_row)
                values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (clawback_id, reference) do nothing""")
                .params(clawbackId, Date.valueOf(repaidOn), amount, reference.strip(), by, Timestamp.from(at),
                        origin == null ? null : origin.sha256(), origin == null ? null : origin.row())
                .update() > 0;
    }
}
