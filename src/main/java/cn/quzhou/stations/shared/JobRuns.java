package cn.quzhou.stations.shared;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Runs a scheduled job's work and says what it did: the count it answers goes to the log, and the run to the timer
 * {@code platform.job.runs} (tags {@code job}, {@code outcome} = success | failure), which Prometheus reads as
 * {@code platform_job_runs_seconds_count}. A failure is logged and counted, then rethrown to the scheduler.
 */
@Component
public class JobRuns {

    public static final String METER = "platform.job.runs";
    /** A job's lock is held this long at least: an instance whose trigger fires a little later finds it still held. */
    public static final String LOCK_AT_LEAST = "PT5M";
    /** ... and at most this long: a crashed instance does not keep the job from running the next day. */
    public static final String LOCK_AT_MOST = "PT1H";
    private static final Logger log = LoggerFactory.getLogger(JobRuns.class);

    private final MeterRegistry registry;

    JobRuns(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Runs {@code work}, which answers how many things it changed, described by {@code what} in the log. */
    public int run(String job, String what, IntSupplier work) {
        Timer.Sample sample = Timer.start(registry);
        try {
            int count = work.getAsInt();
            sample.stop(timer(job, "success"));
            log.info("Job {} done: {} {}", job, count, what);
            return count;
        } catch (RuntimeException e) {
            sample.stop(timer(job, "failure"));
            log.error("Job {} failed", job, e);
            throw e;
        }
    }

    private Timer timer(String job, String outcome) {
        return Timer.builder(METER).description("Runs of the scheduled jobs").tag("job", job).tag("outcome", outcome)
                .register(registry);
    }
}
