package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.shared.DatedPolicy;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The grant amounts of Art. 7 as dated policy data (V19): the version in force on 31 December of the year. */
@Component
public class GrantPolicies {

    private final JdbcClient jdbc;

    GrantPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What the policy in force for {@code year} grants a station of {@code level} in its n-th year; empty: nothing. */
    public Optional<Amount> amount(int year, SocietyLevel level, int stationYear) {
        LocalDate endOfYear = DatedPolicy.governingDay(year);
        return jdbc.sql("""
                select a.effective_from, a.amount from grant_amount a
                 where a.level = ? and a.station_year = ?
                   and a.effective_from = """ + DatedPolicy.inForceSql("grant_policy_version", "?"))
                .params(level.name(), stationYear, java.sql.Date.valueOf(endOfYear))
                .query((rs, n) -> new Amount(rs.getDate(1).toLocalDate(), rs.getBigDecimal(2)))
                .optional();
    }

    /** Every amount of the version in force on {@code day}, by level and station year. */
    public java.util.List<cn.quzhou.stations.funding.GrantAmountView> inForceOn(LocalDate day) {
        return jdbc.sql("""
                select a.effective_from, v.source, a.level, a.station_year, a.amount
                  from grant_amount a join grant_policy_version v using (effective_from)
                 where a.effective_from = %s
                 order by a.level, a.station_year""".formatted(DatedPolicy.inForceSql("grant_policy_version", "?")))
                .param(java.sql.Date.valueOf(day))
                .query((rs, n) -> new cn.quzhou.stations.funding.GrantAmountView(rs.getDate(1).toLocalDate(), rs.getString(2),
                        SocietyLevel.valueOf(rs.getString(3)), rs.getInt(4), rs.getBigDecimal(5)))
                .list();
    }

    public record Amount(LocalDate effectiveFrom, BigDecimal amount) {
    }
}
