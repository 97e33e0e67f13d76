package cn.quzhou.stations.application;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.shared.DatedPolicy;
import cn.quzhou.stations.shared.PolicyTerm;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The application side's dated policy numbers in force on a day, for the read-only policy page: the cooperation
 * period in principle (Art. 3(2)), the notice length, the to-do deadline terms and how much of the day's year the
 * working calendar lists. Read from the same tables by the same rule ({@link DatedPolicy}) as the rules read them.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationTerms {

    private final JdbcClient jdbc;

    ApplicationTerms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @PreAuthorize("hasAuthority('policy:read')")
    public List<PolicyTerm> inForceOn(LocalDate day) {
        List<PolicyTerm> terms = new ArrayList<>();
        DatedPolicy.inForce(jdbc, "effective_from, source, default_cooperation_years", "application_policy", "", day)
                .query((rs, n) -> term("cooperation-years", "policyData.term.cooperationYears", null, rs,
                        rs.getString(2), rs.getInt(3)))
                .optional().ifPresent(terms::add);
        DatedPolicy.inForce(jdbc, "effective_from, source, working_days", "notice_policy", "", day)
                .query((rs, n) -> term("notice-length", "policyData.term.noticeLength", null, rs, rs.getString(2),
                        rs.getInt(3)))
                .optional().ifPresent(terms::add);
        for (TodoDeadlines.Item item : TodoDeadlines.Item.values()) {
            DatedPolicy.inForce(jdbc, "effective_from, working_days, remind_before", "todo_deadline_policy",
                    "item = ?", day, item.name()).query((rs, n) -> rs.getObject(2) == null
                            ? term("deadline-" + item, "policyData.term.ownDeadline", "policyData.deadline." + item, rs,
                                    null, rs.getInt(3))
                            : term("deadline-" + item, "policyData.term.deadline", "policyData.deadline." + item, rs,
                                    null, rs.getInt(2), rs.getInt(3)))
                    .optional().ifPresent(terms::add);
        }
        int year = day.getYear();
        terms.add(jdbc.sql("""
                select count(*) filter (where kind = 'HOLIDAY'), count(*) filter (where kind = 'WORKDAY')
                  from working_calendar_day where day between ? and ?""")
                .params(LocalDate.of(year, 1, 1), DatedPolicy.governingDay(year))
                .query((rs, n) -> new PolicyTerm("calendar", "policyData.term.calendar", null,
                        List.of(year, rs.getInt(1), rs.getInt(2)), null, null)).single());
        return terms;
    }

    private static PolicyTerm term(String id, String key, String subject, ResultSet rs, String source, Object... args)
            throws SQLException {
        return new PolicyTerm(id, key, subject, List.of(args), rs.getDate(1).toLocalDate(), source);
    }
}
