package cn.quzhou.stations.station;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.station.internal.AnnualReportList;
import cn.quzhou.stations.station.internal.OwedReports;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Art. 12: the city CAST sets each year's due dates; every host unit files its year's work plan and
 * the previous year's summary; staff see who has filed and who is overdue, within their scope.
 */
@Service
@Transactional(readOnly = true)
public class AnnualReports {

    private final JdbcClient jdbc;
    private final Stations stations;
    private final AuditLog audit;
    private final Clock clock;
    private final AnnualReportList list;

    private final OwedReports owed;

    AnnualReports(JdbcClient jdbc, Stations stations, AuditLog audit, Clock clock, AnnualReportList list,
                  OwedReports owed) {
        this.owed = owed;
        this.list = list;
        this.jdbc = jdbc;
        this.stations = stations;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('station:manage')")
    public void setDueDates(DueDatesCommand c) {
        jdbc.sql("""
                insert into annual_report_due (year, plan_due_on, summary_due_on, set_by, set_at) values (?, ?, ?, ?, ?)
                on conflict (year) do update set plan_due_on = excluded.plan_due_on,
                    summary_due_on = excluded.summary_due_on, set_by = excluded.set_by, set_at = excluded.set_at""")
                .params(c.year(), Date.valueOf(c.planDueOn()), Date.valueOf(c.summaryDueOn()),
                        PlatformUser.current().getUsername(), Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.success("reports.due", "year", c.year(),
                "plan by " + c.planDueOn() + ", summary by " + c.summaryDueOn()));
    }

    @PreAuthorize("hasAuthority('station:read')")
    public Optional<DueDatesCommand> dueDates(int year) {
        return jdbc.sql("select * from annual_report_due where year = ?").param(year)
                .query((rs, n) -> new DueDatesCommand(year, rs.getDate("plan_due_on").toLocalDate(),
                        rs.getDate("summary_due_on").toLocalDate())).optional();
    }

    /** The host unit files (or, before the due date, replaces) its station's plan or summary for a year. */
    @Transactional
    @PreAuthorize("hasAuthority('station:evidence')")
    public void submit(long stationId, ReportCommand c) {
        StationView station = stations.get(stationId);
        Long unit = PlatformUser.current().hostUnitId();
        if (unit == null || unit != station.hostUnitId()) {
            throw new NotFoundException("station", stationId);
        }
        if (station.status() != StationStatus.ACTIVE) {
            throw new BusinessRuleException(null, "evidence.error.notActive");
        }
        jdbc.sql("""
                insert into station_annual_report (station_id, year, kind, content, submitted_by, submitted_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (station_id, year, kind) do update set content = excluded.content,
                    submitted_by = excluded.submitted_by, submitted_at = excluded.submitted_at""")
                .params(stationId, c.year(), c.kind().name(), c.content().strip(), PlatformUser.current().getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.success("reports.submit", "station", stationId, c.kind() + " " + c.year()));
    }

    /**
     * One page of the overview: every station active today within the user's scope, once per kind, for the year of
     * {@code filter} (this year if none), searched by station, unit or society name and filtered by kind and state.
     */
    @PreAuthorize("hasAuthority('station:read')")
    public Paged<ReportStatus> page(ListRequest request, ReportFilter filter) {
        LocalDate today = LocalDate.now(clock);
        return list.page(PlatformUser.current().scope(), yearOf(filter, today), filter,
                request.resolve(AnnualReportList.SORTS), today);
    }

    /** Every line the same overview would show, in its order (the Excel export). */
    @PreAuthorize("hasAuthority('station:read')")
    public void export(ListRequest request, ReportFilter filter, java.util.function.Consumer<ReportStatus> each) {
        LocalDate today = LocalDate.now(clock);
        list.export(PlatformUser.current().scope(), yearOf(filter, today), filter,
                request.resolve(AnnualReportList.SORTS).everything(), today, each);
    }

    private static int yearOf(ReportFilter filter, LocalDate today) {
        return filter.year() == null ? today.getYear() : filter.year();
    }

    /** What a station filed for a year, for whoever may see the station. */
    @PreAuthorize("hasAuthority('station:read')")
    public Optional<String> content(long stationId, int year, ReportKind kind) {
        stations.get(stationId);
        return jdbc.sql("select content from station_annual_report where station_id = ? and year = ? and kind = ?")
                .params(stationId, year, kind.name()).query(String.class).optional();
    }

    /** What the signed-in host unit's stations still owe this year, with deadlines (its 待办); nothing for others. */
    @PreAuthorize("hasAuthority('station:evidence')")
    public List<OpenReport> owedByMyUnit() {
        Long unit = PlatformUser.current().hostUnitId();
        return unit == null ? List.of() : owed.owed(unit, LocalDate.now(clock));
    }
}
