package cn.quzhou.stations.evaluation.internal;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the Art. 18(4) detection once a day; a day it did not run is caught up the next (the rule is idempotent). */
@Component
class NoProgressJob {

    private final NoProgressDetection detection;
    private final Clock clock;

    NoProgressJob(NoProgressDetection detection, Clock clock) {
        this.detection = detection;
        this.clock = clock;
    }

    @Scheduled(cron = "${platform.revocation.no-progress-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
    void daily() {
        detection.detect(LocalDate.now(clock));
    }
}
