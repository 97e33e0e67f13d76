package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.application.NoticeFixtures;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.application.notice.ResolveObjectionCommand;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The retention schedule (retention_policy: 3 years from 2021-08-17) applied by the daily job under the platform's
 * clock: exactly the applications that closed without a station and the objections resolved at least 3 years ago are
 * anonymised, each with an audit row; the rest, and anything already anonymised, are left alone.
 */
class RetentionTests extends PlatformTest {

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    NoticeFixtures notices;

    @Autowired
    PublicNotices publicNotices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    RetentionJob retention;

    @BeforeEach
    void setUp() {
        world.ensure();
    }

    @Test
    void exactlyTheDueApplicationsAndObjectionsAreAnonymisedAndAudited() {
        Instant now = clock.instant();
        long due = closedLongAgo("保存期满服务站", "REJECTED", now.minus(3 * 366, ChronoUnit.DAYS));
        long dueNextYear = closedLongAgo("明年期满服务站", "FAILED", now.minus(2 * 365 + 300, ChronoUnit.DAYS));
        long recognised = closedLongAgo("已认定服务站", "RECOGNISED", now.minus(5 * 365, ChronoUnit.DAYS));
        long candidate = notices.inPublicNotice("异议保存期服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        long notice = notices.runningToday(List.of(candidate));
        long oldObjection = dismissedOn(notices.objection(notice, candidate, "10.1.1.1"), now.minus(4 * 365, ChronoUnit.DAYS));
        long newObjection = dismissedOn(notices.objection(notice, candidate, "10.1.1.2"), now.minus(30, ChronoUnit.DAYS));

        job();

        assertThat(application(due)).containsEntry("contact_mobile", null).containsEntry("contact_email", null)
                .containsEntry("contact_name", "（已匿名）").doesNotContainEntry("anonymised_at", null);
        assertThat(application(dueNextYear).get("contact_mobile")).isNotNull();
        assertThat(application(dueNextYear).get("anonymised_at")).isNull();
        assertThat(application(recognised).get("contact_mobile")).isNotNull();
        assertThat(objection(oldObjection)).containsEntry("name", "（已匿名）").containsEntry("contact", "（已匿名）")
                .containsEntry("client_ip", "-");
        assertThat(objection(newObjection)).containsEntry("name", "王异议").containsEntry("client_ip", "10.1.1.2");
        assertThat(audited("application", due)).singleElement().satisfies(s -> assertThat(s).contains("3 years"));
        assertThat(audited("notice_objection", oldObjection)).hasSize(1);
        assertThat(audited("application", dueNextYear)).isEmpty();

        Instant start = clock.instant();
        clock.advance(Duration.ofDays(70));
        try {
            job();
        } finally {
            clock.set(start);
        }
        assertThat(application(dueNextYear).get("contact_mobile")).isNull();
        assertThat(audited("application", due)).as("anonymised once only").hasSize(1);
        assertThat(objection(newObjection)).containsEntry("name", "王异议");
    }

    /**
     * An application closed in {@code status} at {@code at}, set by SQL: the facades close an application only at the
     * clock's now, and the retention period is years long.
     */
    private long closedLongAgo(String name, String status, Instant at) {
        long id = fixtures.submittedHome(name, fixtures.newSociety(SocietyLevel.NATIONAL));
        jdbc.sql("update application set status = ?, updated_at = ? where id = ?")
                .params(status, Timestamp.from(at), id).update();
        return id;
    }

    /** An objection the city CAST dismisses, its resolution then moved back to {@code at} by SQL (the facade resolves only now). */
    private long dismissedOn(long objection, Instant at) {
        as(world.user(Role.CITY_CAST), () -> publicNotices.resolve(objection,
                new ResolveObjectionCommand(false, "经核实，反映问题不属实。", notices.objectionVersion(objection))));
        jdbc.sql("update notice_objection set resolved_at = ? where id = ?").params(Timestamp.from(at), objection)
                .update();
        return objection;
    }

    private void job() {
        retention.daily();
    }

    private Map<String, Object> application(long id) {
        return jdbc.sql("select contact_mobile, contact_email, contact_name, anonymised_at from application where id = ?")
                .param(id).query().singleRow();
    }

    private Map<String, Object> objection(long id) {
        return jdbc.sql("select name, contact, client_ip from notice_objection where id = ?").param(id).query().singleRow();
    }

    private List<String> audited(String type, long id) {
        return jdbc.sql("select summary from audit_event where action = 'retention.anonymise' and object_type = ?"
                + " and object_id = ?").params(type, Long.toString(id)).query(String.class).list();
    }
}
