package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.shared.RequestMemo;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.evaluation.scoring.GradingParameters;
import cn.quzhou.stations.evaluation.scoring.Heading;
import cn.quzhou.stations.evaluation.scoring.IndicatorRule;
import cn.quzhou.stations.evaluation.scoring.Level;
import cn.quzhou.stations.evaluation.scoring.PolicyVersion;
import cn.quzhou.stations.evaluation.scoring.PolicyVersions;
import cn.quzhou.stations.evaluation.scoring.RuleKind;
import cn.quzhou.stations.evaluation.scoring.RulePart;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads the dated evaluation measures (tables {@code indicator_policy_version}, {@code indicator_rule},
 * {@code indicator_rule_part}, {@code grading_parameters}, migration V11) into the pure scoring model.
 */
@Component
public class IndicatorPolicies {

    private final JdbcClient jdbc;

    IndicatorPolicies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The table as read once per request (or transaction): a page or an export asks for it for each year it shows. The
     * platform never changes the table: a new version is a migration.
     */
    private final RequestMemo<Boolean, PolicyVersions> read = new RequestMemo<>();

    /** Every version, oldest first. */
    public PolicyVersions load() {
        return read.get(true, ignored -> readAll());
    }

    private PolicyVersions readAll() {
        Map<LocalDate, Map<String, List<RulePart>>> parts = new LinkedHashMap<>();
        jdbc.sql("""
                select effective_from, item_code, part_code, description, points, evidence_kind, level, threshold,
                       min_attendance
                  from indicator_rule_part order by effective_from, item_code, sort_order""")
                .query((rs, n) -> {
                    String kind = rs.getString("evidence_kind");
                    String level = rs.getString("level");
                    RulePart part = new RulePart(rs.getString("part_code"), rs.getString("description"),
                            rs.getBigDecimal("points"), kind == null ? null : EvidenceKind.valueOf(kind),
                            level == null ? null : Level.valueOf(level), rs.getBigDecimal("threshold"),
                            (Integer) rs.getObject("min_attendance"));
                    parts.computeIfAbsent(rs.getDate("effective_from").toLocalDate(), d -> new LinkedHashMap<>())
                            .computeIfAbsent(rs.getString("item_code"), c -> new ArrayList<>()).add(part);
                    return part;
                }).list();

        Map<LocalDate, List<IndicatorRule>> rules = new LinkedHashMap<>();
        jdbc.sql("select * from indicator_rule order by effective_from, sort_order").query((rs, n) -> {
            LocalDate from = rs.getDate("effective_from").toLocalDate();
            String code = rs.getString("item_code");
            IndicatorRule rule = new IndicatorRule(code,
                    new Heading(rs.getString("level1_code"), rs.getString("level1_name"),
                            rs.getBigDecimal("level1_points")),
                    new Heading(rs.getString("level2_code"), rs.getString("level2_name"),
                            rs.getBigDecimal("level2_points")),
                    rs.getString("name"), rs.getBigDecimal("nominal_points"), RuleKind.valueOf(rs.getString("kind")),
                    rs.getBigDecimal("cap"), parts.getOrDefault(from, Map.of()).getOrDefault(code, List.of()));
            rules.computeIfAbsent(from, d -> new ArrayList<>()).add(rule);
            return rule;
        }).list();

        List<PolicyVersion> versions = jdbc.sql("""
                select v.effective_from, v.source, g.pass_line, g.excellent_share, g.excellent_rounding
                  from indicator_policy_version v join grading_parameters g using (effective_from)
                 order by v.effective_from""")
                .query((rs, n) -> {
                    LocalDate from = rs.getDate("effective_from").toLocalDate();
                    return new PolicyVersion(from, rs.getString("source"), rules.getOrDefault(from, List.of()),
                            new GradingParameters(rs.getBigDecimal("pass_line"), rs.getBigDecimal("excellent_share"),
                                    RoundingMode.valueOf(rs.getString("excellent_rounding"))));
                }).list();
        return new PolicyVersions(versions);
    }

    /** The version governing evaluation year {@code year} (in force on its 31 December). */
    public PolicyVersion forYear(int year) {
        return load().forYear(year)
                .orElseThrow(() -> new IllegalStateException("no evaluation measures in force for year " + year));
    }
}
