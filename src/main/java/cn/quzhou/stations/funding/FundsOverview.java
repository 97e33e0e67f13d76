package cn.quzhou.stations.funding;

import cn.quzhou.stations.funding.internal.Payers;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The funds overview for the city offices: due, paid, spent and clawed back by year, jurisdiction and level, read
 * from {@code funds_overview_total}, which the instalments, payments, ledger years and repayments move themselves
 * (triggers of V40, in the writing transaction): a request reads a few rows, not every instalment and payment.
 * "Due" counts instalments not cancelled by their evaluation year; paid, spent and clawed back count by the year the
 * money moved (payment date, entry date, repayment date).
 */
@Service
@Transactional(readOnly = true)
public class FundsOverview {

    private final JdbcClient jdbc;
    private final Payers payers;

    FundsOverview(JdbcClient jdbc, Payers payers) {
        this.jdbc = jdbc;
        this.payers = payers;
    }

    @PreAuthorize("hasAuthority('funding:overview')")
    public List<OverviewRow> rows() {
        Map<Long, String> names = payers.names();
        return jdbc.sql("""
                select year, jurisdiction_id, level, due, paid, spent, clawed
                  from funds_overview_total
                 where sources > 0
                 order by year desc, jurisdiction_id, level""")
                .query((rs, n) -> new OverviewRow(rs.getInt("year"), rs.getLong("jurisdiction_id"),
                        names.get(rs.getLong("jurisdiction_id")), SocietyLevel.valueOf(rs.getString("level")),
                        rs.getBigDecimal("due"), rs.getBigDecimal("paid"), rs.getBigDecimal("spent"),
                        rs.getBigDecimal("clawed")))
                .list();
    }
}
