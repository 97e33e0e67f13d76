package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.shared.DatedPolicy;
import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditRecord;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Daily: applies the retention schedule in force today (table retention_policy). Applications that ended without a
 * station (rejected, failed) lose their contact persons and personal data {@code closed_application_years} after
 * their last change; resolved objections lose the objector's name, contact and address as many years after their
 * resolution. Each anonymised record gets an audit row saying what was removed and under which rule. The audit trail
 * itself is not touched (kept indefinitely under the current rule).
 */
@Component
class RetentionJob {

    private static final Logger log = LoggerFactory.getLogger(RetentionJob.class);
    private static final ZoneId BEIJING = Beijing.ZONE;
    private static final String ACTOR = "retention";
    private static final String REMOVED = "（已匿名）";
    private static final List<String> APPLICATION_FIELDS = List.of("contact_name", "responsible_name",
            "society_legal_rep", "society_contact");

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    RetentionJob(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Scheduled(cron = "${platform.retention.cron:0 45 1 * * *}", zone = "Asia/Shanghai")
    @Transactional
    public int daily() {
        LocalDate today = LocalDate.now(clock.withZone(BEIJING));
        Map<String, Object> rule = DatedPolicy.inForce(jdbc, "effective_from, closed_application_years,"
                + " resolved_objection_years", "retention_policy", "", today).query().singleRow();
        String source = "retention_policy " + rule.get("effective_from");
        int applications = applications(today, (Integer) rule.get("closed_application_years"), source);
        int objections = objections(today, (Integer) rule.get("resolved_objection_years"), source);
        if (applications + objections > 0) {
            log.info("Retention: anonymised {} applications and {} objections ({})", applications, objections, source);
        }
        return applications + objections;
    }

    private int applications(LocalDate today, int years, String source) {
        Timestamp closedBefore = Timestamp.from(today.minusYears(years).plusDays(1).atStartOfDay(BEIJING).toInstant());
        List<Long> due = jdbc.sql("""
                select id from application where status in ('REJECTED', 'FAILED') and anonymised_at is null
                and updated_at < ? order by id for update""").param(closedBefore).query(Long.class).list();
        StringBuilder clear = new StringBuilder();
        for (String column : ApplicationDataSealing.COLUMNS) {
            clear.append(column).append(" = null, ");
        }
        for (String column : APPLICATION_FIELDS) {
            clear.append(column).append(" = case when ").append(column).append(" is null then null else '")
                    .append(REMOVED).append("' end, ");
        }
        for (Long id : due) {
            jdbc.sql("update application set " + clear + "anonymised_at = ?, version = version + 1 where id = ?")
                    .params(Timestamp.from(clock.instant()), id).update();
            audit.record(new AuditRecord(ACTOR, "retention.anonymise", "application", id.toString(),
                    AuditOutcome.SUCCESS, "contacts and personal data removed, " + years + " years after closing ("
                    + source + ")"));
        }
        return due.size();
    }

    private int objections(LocalDate today, int years, String source) {
        Timestamp resolvedBefore = Timestamp.from(today.minusYears(years).plusDays(1).atStartOfDay(BEIJING).toInstant());
        List<Long> due = jdbc.sql("""
                select id from notice_objection where status <> 'OPEN' and anonymised_at is null and resolved_at < ?
                order by id for update""").param(resolvedBefore).query(Long.class).list();
        for (Long id : due) {
            jdbc.sql("""
                    update notice_objection set name = ?, contact = ?, client_ip = '-', anonymised_at = ?,
                           version = version + 1 where id = ?""")
                    .params(REMOVED, REMOVED, Timestamp.from(clock.instant()), id).update();
            audit.record(new AuditRecord(ACTOR, "retention.anonymise", "notice_objection", id.toString(),
                    AuditOutcome.SUCCESS, "objector's name, contact and address removed, " + years
                    + " years after resolution (" + source + ")"));
        }
        return due.size();
    }
}
