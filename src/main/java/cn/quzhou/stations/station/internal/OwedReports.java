package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.application.notice.WorkingDays;
import cn.quzhou.stations.station.OpenReport;
import cn.quzhou.stations.station.ReportKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The plans and summaries active stations still owe for the current year (Art. 12), with their deadlines. A station is
 * owed a plan from the day it is recognised, and a summary (of the year before) only if it existed that year: one
 * recognised this year is never asked to sum up a year it did not exist in.
 */
@Component
public class OwedReports {

    private final JdbcClient jdbc;
    private final TodoDeadlines deadlines;

    OwedReports(JdbcClient jdbc, TodoDeadlines deadlines) {
        this.jdbc = jdbc;
        this.deadlines = deadlines;
    }

    private record Row(long id, String name, long unit, LocalDate recognisedOn, ReportKind kind, LocalDate due) {
    }

    /** What {@code hostUnitId}'s stations owe on {@code today}; every active station's when it is null. */
    public List<OpenReport> owed(Long hostUnitId, LocalDate today) {
        int year = today.getYear();
        LocalDate newYear = LocalDate.of(year, 1, 1);
        List<Object> params = new ArrayList<>(List.of(year, year, today, today, newYear));
        if (hostUnitId != null) {
            params.add(hostUnitId);
        }
        List<Row> rows = jdbc.sql("""
                select s.id, s.name, s.host_unit_id, s.recognised_on, k.kind,
                       case k.kind when 'PLAN' then d.plan_due_on else d.summary_due_on end as due
                from station s cross join (values ('PLAN'), ('SUMMARY')) k(kind)
                left join annual_report_due d on d.year = ?
                left join station_annual_report r on r.station_id = s.id and r.year = ? and r.kind = k.kind
                where s.status = 'ACTIVE' and s.agreement_ends_on >= ? and s.recognised_on <= ? and r.id is null
                  and (k.kind = 'PLAN' or s.recognised_on < ?)"""
                        + (hostUnitId == null ? "" : " and s.host_unit_id = ?") + " order by s.name, s.id, k.kind")
                .params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getObject(4, LocalDate.class),
                        ReportKind.valueOf(rs.getString(5)), rs.getObject(6, LocalDate.class)))
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        WorkingDays days = deadlines.workingDays();
        int length = deadlines.term(TodoDeadlines.Item.STATION_PLAN, today).workingDays();
        return rows.stream().map(r -> open(r, year, newYear, days, length)).toList();
    }

    /**
     * A plan is due on the year's due date; a station recognised this year has at least the policy's working days from
     * its recognition (a due date already past when it was recognised cannot bind it). A summary is due on its date.
     */
    private static OpenReport open(Row r, int year, LocalDate newYear, WorkingDays days, int length) {
        LocalDate since = r.recognisedOn().isAfter(newYear) ? r.recognisedOn() : newYear;
        LocalDate deadline = r.due();
        if (r.kind() == ReportKind.PLAN) {
            LocalDate fromRecognition = days.addWorkingDays(since, length);
            boolean newThisYear = !r.recognisedOn().isBefore(newYear);
            if (deadline == null || newThisYear && fromRecognition.isAfter(deadline)) {
                deadline = fromRecognition;
            }
        }
        return new OpenReport(r.id(), r.name(), r.unit(), year, r.kind(), since, deadline);
    }
}
