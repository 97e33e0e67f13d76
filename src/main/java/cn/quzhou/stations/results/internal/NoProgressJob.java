package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.results.internal.NoProgressDetection;
import cn.quzhou.stations.shared.JobRuns;
import java.time.Clock;
import java.time.LocalDate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the Art. 18(4) detection once a day; a day it did not run is caught up the next (the rule is idempotent). */
@Component
class NoProgressJob {

    private final NoProgressDetection detection;
    private final Clock clock;
    private final JobRuns jobs;

    NoProgressJob(NoProgressDetection detection, Clock clock, JobRuns jobs) {
        this.detection = detection;
        this.clock = clock;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${platform.revocation.no-progress-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "evaluation.no-progress", lockAtLeastFor = JobRuns.LOCK_AT_LEAST)
    public void daily() {
        jobs.run("evaluation.no-progress", "revocations proposed for no progress",
                () -> detection.detect(LocalDate.now(clock)));
    }
}
