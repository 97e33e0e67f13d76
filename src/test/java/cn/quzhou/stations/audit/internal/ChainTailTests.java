package cn.quzhou.stations.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.Concurrently;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.StatementCounter;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A transaction takes the chain lock and reads the chain's tail once, then links its records to its own previous one
 * (issue #15: 20,000 audited rows in one import): the chain stays intact with transactions writing side by side and
 * after one is rolled back.
 */
class ChainTailTests extends PlatformTest {

    @Autowired
    AuditLog log;

    @Autowired
    AuditTrail trail;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    void fiveRecordsInOneTransactionTakeTheLockAndReadTheTailOnce() throws Exception {
        List<String> statements = StatementCounter.record(() -> inOneTransaction("一个事务", 5));

        assertThat(statements).filteredOn(s -> s.contains("pg_advisory_xact_lock")).hasSize(1);
        assertThat(statements).filteredOn(s -> s.contains("from audit_event order by id desc")).hasSize(1);
        assertThat(statements).filteredOn(s -> s.contains("insert into audit_event")).hasSize(5);
        assertThat(intact()).isTrue();
    }

    @Test
    void transactionsWritingSideBySideKeepOneUnbrokenChain() throws Exception {
        Concurrently.run(4, () -> {
            inOneTransaction("并行", 10);
            return null;
        });

        assertThat(intact()).isTrue();
    }

    @Test
    void aRolledBackTransactionsTailIsForgotten() {
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> transactions.execute(status -> {
            log.record(AuditRecord.success("test.event", "test", 1, "回滚"));
            throw new IllegalStateException("rolled back");
        }))).hasMessageContaining("rolled back");

        inOneTransaction("回滚之后", 2);

        assertThat(jdbc.sql("select count(*) from audit_event where summary = '回滚'").query(Long.class).single())
                .isZero();
        assertThat(intact()).isTrue();
    }

    private void inOneTransaction(String summary, int records) {
        as(world.user(Role.CITY_CAST), () -> transactions.execute(status -> {
            for (int i = 0; i < records; i++) {
                log.record(AuditRecord.success("test.event", "test", i, summary + " " + i));
            }
            return records;
        }));
    }

    private boolean intact() {
        return as(world.user(Role.AUDIT_ADMIN), trail::verify).intact();
    }
}
