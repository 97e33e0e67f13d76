package cn.quzhou.stations.application.notice;

import cn.quzhou.stations.shared.DatedPolicy;
import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.Labels;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.OpenEntry;
import cn.quzhou.stations.shared.RequestMemo;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 工作日历: the holidays and make-up working days (table working_calendar_day), maintained by the
 * city CAST or the system administrator, and the dated notice-length policy (table notice_policy).
 */
@Service
@Transactional(readOnly = true)
public class WorkingCalendar {

    /** A listed day: a holiday, or a weekend day that is worked (调休上班). */
    @Labels("calendar.kind")
    public enum Kind { HOLIDAY, WORKDAY }

    public record Day(LocalDate day, Kind kind, String name) {
    }

    /** The platform's dates are Beijing dates, whatever the server's zone. */
    private static final java.time.ZoneId BEIJING = Beijing.ZONE;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    WorkingCalendar(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The calendar as read once per request: every 待办 line of a home page needs it. */
    private final RequestMemo<Boolean, WorkingDays> read = new RequestMemo<>();

    /** The working-day arithmetic over the whole calendar. */
    public WorkingDays workingDays() {
        return read.get(true, ignored -> readWorkingDays());
    }

    private WorkingDays readWorkingDays() {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> workdays = new HashSet<>();
        for (Day d : all()) {
            (d.kind() == Kind.HOLIDAY ? holidays : workdays).add(d.day());
        }
        return new WorkingDays(holidays, workdays);
    }

    /** Today on the platform's clock in Beijing time, with the working calendar's answer for it (any account). */
    @OpenEntry(value = OpenEntry.Audience.SIGNED_IN, why = "today's date and working-day answer for the page header")
    public PlatformDate today() {
        java.time.Instant now = clock.instant();
        LocalDate today = Beijing.date(now);
        WorkingDays days = workingDays();
        return new PlatformDate(today, BEIJING.getId(), now, days.isWorkingDay(today), days.addWorkingDays(today, 1));
    }

    /** The default notice length in working days of the policy in force on {@code day}. */
    public int noticeLength(LocalDate day) {
        return DatedPolicy.inForce(jdbc, "working_days", "notice_policy", "", day).query(Integer.class).optional()
                .orElseThrow(() -> new IllegalStateException("no notice policy in force on " + day));
    }

    @PreAuthorize("hasAuthority('calendar:manage')")
    public List<Day> year(int year) {
        return jdbc.sql("select day, kind, name from working_calendar_day where day between ? and ? order by day")
                .param(LocalDate.of(year, 1, 1)).param(LocalDate.of(year, 12, 31))
                .query((rs, n) -> new Day(rs.getObject(1, LocalDate.class), Kind.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }

    /** Adds a day, or changes the kind and name of a listed one. */
    @Transactional
    @PreAuthorize("hasAuthority('calendar:manage')")
    public void put(LocalDate day, Kind kind, String name) {
        if (day == null || kind == null || name == null || name.isBlank()) {
            throw new BusinessRuleException("day", "calendar.error.incomplete");
        }
        if (name.strip().length() > 50) {
            throw new BusinessRuleException("name", "calendar.error.name");
        }
        jdbc.sql("""
                insert into working_calendar_day (day, kind, name, updated_by, updated_at) values (?, ?, ?, ?, ?)
                on conflict (day) do update set kind = excluded.kind, name = excluded.name,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .param(day).param(kind.name()).param(name.strip()).param(PlatformUser.current().getUsername())
                .param(java.sql.Timestamp.from(clock.instant())).update();
        read.forget();
        audit.record(AuditRecord.success("calendar.put", "working_calendar_day", day, kind + " " + name.strip()));
    }

    @Transactional
    @PreAuthorize("hasAuthority('calendar:manage')")
    public void remove(LocalDate day) {
        if (jdbc.sql("delete from working_calendar_day where day = ?").param(day).update() == 0) {
            throw new NotFoundException("calendar day", day);
        }
        read.forget();
        audit.record(AuditRecord.success("calendar.remove", "working_calendar_day", day, null));
    }

    private List<Day> all() {
        return jdbc.sql("select day, kind, name from working_calendar_day order by day")
                .query((rs, n) -> new Day(rs.getObject(1, LocalDate.class), Kind.valueOf(rs.getString(2)), rs.getString(3)))
                .list();
    }
}
