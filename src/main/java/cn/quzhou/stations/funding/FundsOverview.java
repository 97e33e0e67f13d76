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
 * The funds overview for the city offices: due, paid, spent and clawed back by year, jurisdiction and level, summed
 * in one SQL query. Spending is summed from the ledgers' years ({@code ledger_year}, moved with every entry), not
 * from the millions of entries themselves; each part is grouped before the parts are added up. "Due" counts instalments not cancelled by their evaluation year; paid, spent and clawed back count
 * by the year the money moved (payment date, entry date, repayment date).
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
                select year, jurisdiction_id, level, sum(due) as due, sum(paid) as paid, sum(spent) as spent,
                       sum(clawed) as clawed
                  from (select i.year, i.jurisdiction_id, i.level, sum(i.amount) as due, 0 as paid, 0 as spent,
                               0 as clawed
                          from grant_instalment i where i.status <> 'CANCELLED' group by 1, 2, 3
                        union all
                        select extract(year from p.paid_on)::int, i.jurisdiction_id, i.level, 0, sum(p.amount), 0, 0
                          from grant_payment p join grant_instalment i on i.id = p.instalment_id
                         where p.status = 'APPROVED' group by 1, 2, 3
                        union all
                        select y.year, y.jurisdiction_id, y.level, 0, 0, sum(y.spent), 0
                          from ledger_year y group by 1, 2, 3
                        union all
                        select extract(year from r.repaid_on)::int, c.jurisdiction_id, coalesce(c.level, 'NATIONAL'),
                               0, 0, 0, sum(r.amount)
                          from clawback_repayment r join clawback c on c.id = r.clawback_id group by 1, 2, 3) money
                 group by year, jurisdiction_id, level
                 order by year desc, jurisdiction_id, level""")
                .query((rs, n) -> new OverviewRow(rs.getInt("year"), rs.getLong("jurisdiction_id"),
                        names.get(rs.getLong("jurisdiction_id")), SocietyLevel.valueOf(rs.getString("level")),
                        rs.getBigDecimal("due"), rs.getBigDecimal("paid"), rs.getBigDecimal("spent"),
                        rs.getBigDecimal("clawed")))
                .list();
    }
}
