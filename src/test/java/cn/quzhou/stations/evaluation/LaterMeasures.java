package cn.quzhou.stations.evaluation;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A hypothetical revision of the measures: the 2021 table copied to a later effective date with the experts'
 * judgement of C4 worth {@code judgementMax} instead of 5. Tests insert it and remove it again.
 */
public record LaterMeasures(JdbcClient jdbc, LocalDate effectiveFrom, BigDecimal judgementMax) implements AutoCloseable {

    public static final LocalDate BASE = LocalDate.of(2021, 8, 17);

    public static LaterMeasures insert(JdbcClient jdbc, LocalDate effectiveFrom, BigDecimal judgementMax) {
        Date from = Date.valueOf(effectiveFrom);
        Date base = Date.valueOf(BASE);
        jdbc.sql("insert into indicator_policy_version (effective_from, source) values (?, '测试修订')")
                .param(from).update();
        jdbc.sql("""
                insert into grading_parameters (effective_from, pass_line, excellent_share, excellent_rounding)
                select ?, pass_line, excellent_share, excellent_rounding from grading_parameters where effective_from = ?""")
                .params(from, base).update();
        jdbc.sql("""
                insert into indicator_rule (effective_from, item_code, sort_order, level1_code, level1_name,
                       level1_points, level2_code, level2_name, level2_points, name, nominal_points, kind, cap)
                select ?, item_code, sort_order, level1_code, level1_name, level1_points, level2_code, level2_name,
                       level2_points, name, nominal_points, kind, cap from indicator_rule where effective_from = ?""")
                .params(from, base).update();
        jdbc.sql("""
                insert into indicator_rule_part (effective_from, item_code, part_code, sort_order, description, points,
                       evidence_kind, level, threshold, min_attendance)
                select ?, item_code, part_code, sort_order, description,
                       case when part_code = 'JUDGEMENT' then ? else points end,
                       evidence_kind, level, threshold, min_attendance from indicator_rule_part where effective_from = ?""")
                .params(from, judgementMax, base).update();
        return new LaterMeasures(jdbc, effectiveFrom, judgementMax);
    }

    @Override
    public void close() {
        Date from = Date.valueOf(effectiveFrom);
        for (String table : new String[] {"indicator_rule_part", "indicator_rule", "grading_parameters",
                "indicator_policy_version"}) {
            jdbc.sql("delete from " + table + " where effective_from = ?").param(from).update();
        }
    }
}
