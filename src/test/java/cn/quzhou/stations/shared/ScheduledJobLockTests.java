package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.testsupport.Concurrently;
import cn.quzhou.stations.testsupport.PlatformTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.lang.reflect.Method;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * With two or more instances every daily job runs on one of them: its trigger fires on each, and the lock row
 * (table shedlock) lets only the first through. Calls go through the job beans as the scheduler's do.
 */
class ScheduledJobLockTests extends PlatformTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MeterRegistry meters;

    @AfterEach
    void releaseLocks() {
        jdbc.sql("delete from shedlock").update();
    }

    @ParameterizedTest(name = "{0}: held by another instance, it does not run here")
    @CsvSource({
            "evaluation.deadline,         deadlineJob",
            "evaluation.no-progress,      noProgressJob",
            "station.agreement-reminders, agreementReminders",
            "funding.reconciliation,      reconciliation"})
    void aJobWhoseLockAnotherInstanceHoldsDoesNotRun(String job, String bean) throws Exception {
        jdbc.sql("insert into shedlock (name, lock_until, locked_at, locked_by) "
                + "values (?, now() + interval '10 minutes', now(), 'instance-b')").param(job).update();
        long before = runs(job);
        trigger(bean);
        assertThat(runs(job)).isEqualTo(before);
        assertThat(jdbc.sql("select locked_by from shedlock where name = ?").param(job).query(String.class).single())
                .isEqualTo("instance-b");
    }

    @Test
    void theReconciliationTriggeredTwiceAtOnceRunsOnceAndLogsItsRun() throws Exception {
        long runsBefore = reconciliationRuns();
        long metricBefore = runs("funding.reconciliation");
        Concurrently.run(2, () -> {
            trigger("reconciliation");
            return null;
        });
        assertThat(reconciliationRuns()).isEqualTo(runsBefore + 1);
        assertThat(runs("funding.reconciliation")).isEqualTo(metricBefore + 1);

        // an instance whose trigger fires a little later still finds the lock held (lockAtLeastFor)
        trigger("reconciliation");
        assertThat(reconciliationRuns()).isEqualTo(runsBefore + 1);

        // the next night the lock has lapsed and the job runs again
        jdbc.sql("update shedlock set lock_until = now() - interval '1 second'").update();
        trigger("reconciliation");
        assertThat(reconciliationRuns()).isEqualTo(runsBefore + 2);
    }

    /** Calls the bean's @Scheduled method through its proxy, as the scheduler does. */
    private void trigger(String bean) throws Exception {
        Object job = context.getBean(bean);
        for (Method m : AopUtils.getTargetClass(job).getDeclaredMethods()) {
            if (m.isAnnotationPresent(Scheduled.class)) {
                m.setAccessible(true);
                m.invoke(job);
                return;
            }
        }
        throw new AssertionError(bean + " has no @Scheduled method");
    }

    private long runs(String job) {
        Timer timer = meters.find(JobRuns.METER).tag("job", job).tag("outcome", "success").timer();
        return timer == null ? 0 : timer.count();
    }

    private long reconciliationRuns() {
        return jdbc.sql("select count(*) from reconciliation_run").query(Long.class).single();
    }
}
