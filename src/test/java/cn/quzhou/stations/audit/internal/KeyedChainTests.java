package cn.quzhou.stations.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.audit.ChainVerification;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.Integrity;
import cn.quzhou.stations.shared.integrity.TestKeys;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The assessor's forging attack of issue #11, as the database owner (the test's user owns the tables): with the
 * trigger off, rows are rewritten and their unkeyed hashes recomputed, or the newest rows deleted. Every test puts the
 * table back as it was, so the chain is intact again for the tests after it.
 */
class KeyedChainTests extends PlatformTest {

    @Autowired
    AuditLog log;

    @Autowired
    AuditTrail trail;

    @Autowired
    AuditAnchors anchors;

    @Autowired
    AuditLog auditLog;

    @Autowired
    Integrity integrity;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    void everyRowCarriesAMacUnderTheCurrentKeyId() {
        long id = recordOne("sealed");
        Map<String, Object> row = jdbc.sql("select mac_key_id, mac from audit_event where id = ?").param(id)
                .query().singleRow();
        assertThat(row.get("mac_key_id")).isEqualTo("test");
        assertThat((String) row.get("mac")).startsWith("sm3:").hasSize(4 + 64);
    }

    @Test
    void aRowRewrittenWithItsUnkeyedHashesRecomputedIsNamedByItsMac() {
        recordOne("before");
        long forged = recordOne("原始内容");
        long after = recordOne("after");
        assertThat(verify().intact()).isTrue();
        List<Map<String, Object>> original = rowsFrom(forged);
        withoutTriggers(() -> {
            jdbc.sql("update audit_event set summary = '伪造内容' where id = ?").param(forged).update();
            recomputeUnkeyedHashesFrom(forged);
        });
        try {
            ChainVerification v = verify();
            assertThat(v.brokenLinks()).as("the unkeyed chain is consistent again").isEmpty();
            assertThat(v.alteredRows()).containsExactly(forged);
            assertThat(v.alteredRows()).doesNotContain(after);
            assertThat(v.keyAvailable()).isTrue();
            assertThat(v.intact()).isFalse();
        } finally {
            restore(original);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void strippingTheMacsAndRecomputingTheHashesIsNamedToo() {
        long first = recordOne("one");
        long second = recordOne("two");
        List<Map<String, Object>> original = rowsFrom(first);
        withoutTriggers(() -> jdbc.sql("update audit_event set mac = null, mac_key_id = null where id >= ?")
                .param(first).update());
        try {
            assertThat(verify().alteredRows()).contains(first, second);
        } finally {
            restore(original);
        }
    }

    @Test
    void deletingTheNewestRowsIsNamedByTheAnchorOutsideTheDatabase() throws Exception {
        recordOne("kept");
        long firstDeleted = recordOne("deleted 1");
        long anchored = recordOne("deleted 2, the anchored head");
        assertThat(anchors.anchor()).hasValueSatisfying(a -> assertThat(a.id()).isEqualTo(anchored));
        List<Map<String, Object>> original = rowsFrom(firstDeleted);
        withoutTriggers(() -> jdbc.sql("delete from audit_event where id >= ?").param(firstDeleted).update());
        try {
            ChainVerification v = verify();
            assertThat(v.brokenLinks()).as("what is left is a consistent chain").isEmpty();
            assertThat(v.alteredRows()).isEmpty();
            assertThat(v.truncatedAnchors()).containsExactly(anchored);
            assertThat(v.intact()).isFalse();
            String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                            .get("/audit/verify").with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.user(world.user(Role.AUDIT_ADMIN))))
                    .andReturn().getResponse().getContentAsString();
            assertThat(page).contains("日志尾部被截断").contains("[" + anchored + "]").contains("完整性密钥可用")
                    .doesNotContain("??");
        } finally {
            restore(original);
        }
        assertThat(verify().intact()).isTrue();
    }

    @Test
    void theVerifierSaysWhenTheKeyOfARowIsNotAvailable() {
        long id = recordOne("sealed with the test key");
        Integrity withoutTestKey = TestKeys.ring(null, "other", "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=", null);
        ChainVerification v = new ChainVerifier(jdbc, withoutTestKey, anchors).verify();
        assertThat(v.keyAvailable()).isFalse();
        assertThat(v.unverifiableRows()).contains(id);
        assertThat(v.alteredRows()).doesNotContain(id);
        assertThat(v.intact()).isFalse();
    }

    @Test
    void aWrongKeyUnderTheCurrentKeyIdRefusesTheStartNamingTheSetting() {
        recordOne("sealed with the real key");
        Integrity wrong = TestKeys.ring(null, "test", "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=", null);
        assertThatThrownBy(() -> new ChainStart(jdbc, wrong, auditLog, anchors).sealOrCheck())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("platform.integrity.key");
        new ChainStart(jdbc, integrity, auditLog, anchors).sealOrCheck();   // the right key starts
    }

    @Test
    void unkeyedRowsFromBeforeTheSwitchAreSealedAndRecomputingThemBreaksTheSeal() {
        long before = jdbc.sql("select coalesce(max(id), 0) from audit_event").query(Long.class).single();
        // rows as the platform wrote them before V36: unkeyed hash, no MAC
        List<Long> legacy = List.of(appendUnkeyed("legacy 1"), appendUnkeyed("legacy 2"));
        List<Map<String, Object>> original = rowsFrom(legacy.get(0));
        try {
            new ChainStart(jdbc, integrity, auditLog, anchors).sealOrCheck();
            Map<String, Object> seal = jdbc.sql("select id, action, summary, mac from audit_event order by id desc limit 1")
                    .query().singleRow();
            assertThat(seal.get("action")).isEqualTo(ChainStart.SEAL_ACTION);
            assertThat((String) seal.get("summary")).contains("#" + legacy.get(1));
            assertThat(seal.get("mac")).isNotNull();
            // the legacy rows after keyed ones are themselves named (a MAC cannot disappear); on a real upgrade they
            // come first and are verified by their hash only
            assertThat(verify().alteredRows()).containsExactlyElementsOf(legacy);
            original = rowsFrom(legacy.get(0));
            withoutTriggers(() -> {
                jdbc.sql("update audit_event set summary = 'legacy forged' where id = ?").param(legacy.get(0)).update();
                recomputeUnkeyedHashesFrom(legacy.get(0));
            });
            assertThat(verify().alteredRows()).contains((Long) seal.get("id"));
        } finally {
            restore(original);
            withoutTriggers(() -> jdbc.sql("delete from audit_event where id > ?").param(before).update());
        }
        assertThat(verify().intact()).isTrue();
    }

    private ChainVerification verify() {
        return as(world.user(Role.AUDIT_ADMIN), trail::verify);
    }

    private long recordOne(String summary) {
        as(world.user(Role.CITY_CAST), () -> {
            log.record(AuditRecord.success("test.keyed", "test", 1, summary));
            return null;
        });
        return jdbc.sql("select max(id) from audit_event").query(Long.class).single();
    }

    private long appendUnkeyed(String summary) {
        String prev = jdbc.sql("select hash from audit_event order by id desc limit 1").query(String.class).single();
        java.time.Instant at = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        String hash = AuditHash.of(prev, at, "legacy", null, "test.legacy", null, null, "SUCCESS", summary);
        return jdbc.sql("""
                insert into audit_event (occurred_at, actor, action, outcome, summary, prev_hash, hash)
                values (?, 'legacy', 'test.legacy', 'SUCCESS', ?, ?, ?) returning id""")
                .params(java.sql.Timestamp.from(at), summary, prev, hash).query(Long.class).single();
    }

    /** What the attacker does after an edit: every unkeyed hash from there on recomputed, so the SHA-256 chain holds. */
    private void recomputeUnkeyedHashesFrom(long id) {
        String prev = jdbc.sql("select hash from audit_event where id < ? order by id desc limit 1").param(id)
                .query(String.class).optional().orElse(AuditHash.GENESIS);
        for (Map<String, Object> r : jdbc.sql("select * from audit_event where id >= ? order by id").param(id)
                .query().listOfRows()) {
            String hash = AuditHash.of(prev, ((java.sql.Timestamp) r.get("occurred_at")).toInstant(),
                    (String) r.get("actor"), (String) r.get("actor_ip"), (String) r.get("action"),
                    (String) r.get("object_type"), (String) r.get("object_id"), (String) r.get("outcome"),
                    (String) r.get("summary"));
            jdbc.sql("update audit_event set prev_hash = ?, hash = ? where id = ?").params(prev, hash, r.get("id"))
                    .update();
            prev = hash;
        }
    }

    private List<Map<String, Object>> rowsFrom(long id) {
        return jdbc.sql("""
                select id, occurred_at, actor, actor_ip, action, object_type, object_id, outcome, summary, prev_hash,
                       hash, mac_key_id, mac
                from audit_event where id >= ? order by id""").param(id).query().listOfRows();
    }

    private void restore(List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return;
        }
        withoutTriggers(() -> {
            jdbc.sql("delete from audit_event where id >= ?").param(rows.get(0).get("id")).update();
            for (Map<String, Object> row : rows) {
                jdbc.sql("""
                        insert into audit_event (id, occurred_at, actor, actor_ip, action, object_type, object_id,
                                                 outcome, summary, prev_hash, hash, mac_key_id, mac)
                        values (:id, :occurred_at, :actor, :actor_ip, :action, :object_type, :object_id, :outcome,
                                :summary, :prev_hash, :hash, :mac_key_id, :mac)""").params(row).update();
            }
        });
    }

    private void withoutTriggers(Runnable sql) {
        jdbc.sql("alter table audit_event disable trigger audit_event_no_update_delete").update();
        try {
            sql.run();
        } finally {
            jdbc.sql("alter table audit_event enable trigger audit_event_no_update_delete").update();
        }
    }
}
