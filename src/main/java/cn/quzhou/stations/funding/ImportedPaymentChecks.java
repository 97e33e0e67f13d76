package cn.quzhou.stations.funding;

import cn.quzhou.stations.shared.DatedPolicy;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reconciliation's checks of the payments imported from paper history (D8) against the results in force (imported
 * or evaluated here) and the dated grant policy: each disagreement is one anomaly, at its station and year. The import
 * accepts such payments (they happened); this is where they are listed, every one of them.
 */
@Component
class ImportedPaymentChecks {

    private final JdbcClient jdbc;

    ImportedPaymentChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Anomaly> anomalies() {
        List<Anomaly> found = new ArrayList<>();
        found.addAll(withoutPassingResult());
        found.addAll(amountMismatches());
        found.addAll(paidTwice());
        return found;
    }

    /** Paid for a year whose result in force is UNQUALIFIED, or that has no result at all. */
    private List<Anomaly> withoutPassingResult() {
        return jdbc.sql("""
                select p.station_id, p.year, p.amount, r.grade
                  from imported_grant_payment p
                  left join funding_result r on r.station_id = p.station_id and r.year = p.year
                 where r.grade is null or r.grade = 'UNQUALIFIED'
                 order by p.station_id, p.year, p.id""")
                .query((rs, n) -> new Anomaly(Anomaly.IMPORTED_PAID_WITHOUT_PASSING_RESULT, rs.getLong("station_id"),
                        rs.getInt("year") + " · " + rs.getBigDecimal("amount").toPlainString() + " · "
                                + (rs.getString("grade") == null ? "-" : rs.getString("grade"))))
                .list();
    }

    /**
     * Paid for a passing year an amount other than the policy's grant for the station's level and n-th year (the
     * version in force on 31 December of the year, as for a grant falling due here); "-" when none was due (year 3+).
     */
    private List<Anomaly> amountMismatches() {
        return jdbc.sql("""
                select p.station_id, p.year, p.amount, a.amount as due
                  from imported_grant_payment p
                  join funding_result r on r.station_id = p.station_id and r.year = p.year and r.grade <> 'UNQUALIFIED'
                  left join grant_amount a on a.level = p.level and a.station_year = r.station_year
                       and a.effective_from = %s
                 where a.amount is null or a.amount <> p.amount
                 order by p.station_id, p.year, p.id""".formatted(DatedPolicy.inForceSql("grant_policy_version",
                        DatedPolicy.governingDaySql("p.year"))))
                .query((rs, n) -> new Anomaly(Anomaly.IMPORTED_AMOUNT_MISMATCH, rs.getLong("station_id"),
                        rs.getInt("year") + " · " + rs.getBigDecimal("amount").toPlainString() + " ≠ "
                                + (rs.getBigDecimal("due") == null ? "-" : rs.getBigDecimal("due").toPlainString())))
                .list();
    }

    /** A year paid more than once, at least once on paper (here a year is paid once: grant_payment_once). */
    private List<Anomaly> paidTwice() {
        return jdbc.sql("""
                select station_id, year, count(*) as times, sum(amount) as total
                  from (select station_id, year, amount, true as imported from imported_grant_payment
                        union all
                        select i.station_id, i.year, p.amount, false
                          from grant_instalment i join grant_payment p on p.instalment_id = i.id
                         where p.status <> 'WITHDRAWN') x
                 group by station_id, year
                having count(*) > 1 and bool_or(imported)
                 order by station_id, year""")
                .query((rs, n) -> new Anomaly(Anomaly.IMPORTED_PAID_TWICE, rs.getLong("station_id"),
                        rs.getInt("year") + " · " + rs.getInt("times") + " × · " + rs.getBigDecimal("total").toPlainString()))
                .list();
    }
}
