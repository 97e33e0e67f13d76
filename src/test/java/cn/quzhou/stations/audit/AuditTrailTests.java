package cn.quzhou.stations.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

class AuditTrailTests extends PlatformTest {

    @Autowired
    AuditLog log;

    @Autowired
    AuditTrail trail;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    void rowsCannotBeUpdated() {
        long id = recordOne("update-me");
        assertThatThrownBy(() -> jdbc.sql("update audit_event set summary = 'changed' where id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only");
    }

    @Test
    void rowsCannotBeDeletedOrTruncated() {
        long id = recordOne("delete-me");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_event where id = ?").param(id).update())
                .rootCause().hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("truncate audit_event").update()).rootCause().hasMessageContaining("append-only");
    }

    @Test
    void theVerifierNamesATamperedRow() {
        long first = recordOne("before the tampering");
        long tampered = recordOne("original text");
        recordOne("after the tampering");
        assertThat(verify().intact()).isTrue();
        String original = bypassTriggerAndSetSummary(tampered, "forged text");
        try {
            ChainVerification v = verify();
            assertThat(v.intact()).isFalse();
            assertThat(v.alteredRows()).containsExactly(tampered);
            assertThat(v.alteredRows()).doesNotContain(first);
        } finally {
            bypassTriggerAndSetSummary(tampered, original);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theVerifierNamesTheRowAfterADeletedOne() {
        recordOne("kept");
        long removed = recordOne("to be removed");
        long next = recordOne("successor");
        var row = jdbc.sql("select * from audit_event where id = ?").param(removed).query().singleRow();
        withoutTriggers("delete from audit_event where id = " + removed);
        try {
            assertThat(verify().brokenLinks()).containsExactly(next);
        } finally {
            jdbc.sql("""
                    insert into audit_event (id, occurred_at, actor, actor_ip, action, object_type, object_id, outcome,
                                             summary, prev_hash, hash, mac_key_id, mac)
                    values (:id, :occurred_at, :actor, :actor_ip, :action, :object_type, :object_id, :outcome,
                            :summary, :prev_hash, :hash, :mac_key_id, :mac)""").params(row).update();
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theAuditAdministratorSearchesByActorActionObjectAndTime() {
        as(world.user(Role.CITY_CAST), () -> {
            log.record(AuditRecord.success("searchable.action", "thing", 4242, "a → b"));
            return null;
        });
        var page = as(world.user(Role.AUDIT_ADMIN), () -> trail.search(new AuditQuery(world.username(Role.CITY_CAST),
                "searchable", "thing", "4242", java.time.LocalDate.now(clock).minusDays(1),
                java.time.LocalDate.now(clock).plusDays(1)), 0, 10));
        assertThat(page.entries()).singleElement().satisfies(e -> {
            assertThat(e.summary()).isEqualTo("a → b");
            assertThat(e.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
    }

    @Test
    void onlyTheAuditAdministratorReadsTheTrail() {
        for (Role role : Role.values()) {
            if (role == Role.AUDIT_ADMIN) {
                continue;
            }
            assertThatThrownBy(() -> as(world.user(role), () -> trail.search(AuditQuery.all(), 0, 1)))
                    .as(role.name()).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void aRefusedRequestIsAuditedAsDenied() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/audit")
                .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors
                        .user(world.user(Role.CITY_CAST))));
        var rows = as(world.user(Role.AUDIT_ADMIN), () -> trail.search(new AuditQuery(world.username(Role.CITY_CAST),
                "access.denied", null, null, null, null), 0, 5).entries());
        assertThat(rows).isNotEmpty();
        assertThat(rows.get(0).outcome()).isEqualTo(AuditOutcome.DENIED);
        assertThat(rows.get(0).summary()).isEqualTo("GET /audit");
    }

    private ChainVerification verify() {
        return as(world.user(Role.AUDIT_ADMIN), trail::verify);
    }

    private long recordOne(String summary) {
        as(world.user(Role.CITY_CAST), () -> {
            log.record(AuditRecord.success("test.event", "test", 1, summary));
            return null;
        });
        return jdbc.sql("select max(id) from audit_event").query(Long.class).single();
    }

    /** What an attacker with the database owner's rights could do: the trigger is off for one statement. */
    private String bypassTriggerAndSetSummary(long id, String summary) {
        String original = jdbc.sql("select summary from audit_event where id = ?").param(id).query(String.class).single();
        withoutTriggers("update audit_event set summary = '" + summary.replace("'", "''") + "' where id = " + id);
        return original;
    }

    private void withoutTriggers(String sql) {
        jdbc.sql("alter table audit_event disable trigger audit_event_no_update_delete").update();
        try {
            jdbc.sql(sql).update();
        } finally {
            jdbc.sql("alter table audit_event enable trigger audit_event_no_update_delete").update();
        }
    }
}
