package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.shared.DatedPolicy;
import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The dated policy data of what follows publication (migration V18, table {@code results_policy}). */
@Component
public class ResultsPolicy {

    private final JdbcClient jdbc;

    ResultsPolicy(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version in force on {@code day}. */
    public Version on(LocalDate day) {
        return find(day).orElseThrow(() -> new IllegalStateException("no results policy in force on " + day));
    }

    /** The version in force on {@code day}, if any (none before the measures of 2021). */
    public java.util.Optional<Version> find(LocalDate day) {
        return DatedPolicy.inForce(jdbc, "*", "results_policy", "", day)
                .query((rs, n) -> new Version(rs.getDate("effective_from").toLocalDate(), rs.getString("source"),
                        rs.getInt("rectification_months"), rs.getInt("no_progress_months"),
                        rs.getString("notice_number_format")))
                .optional();
    }

    /**
     * @param rectificationMonths the period of 责令限期整改 from the notice
     * @param noProgressMonths    Art. 18(4) 建站一年内: the period after recognition in which some progress is due
     */
    public record Version(LocalDate effectiveFrom, String source, int rectificationMonths, int noProgressMonths,
            String noticeNumberFormat) {

        public String noticeNumber(int year, int seq) {
            return noticeNumberFormat.replace("{year}", String.valueOf(year)).replace("{seq}", String.valueOf(seq));
        }
    }
}
