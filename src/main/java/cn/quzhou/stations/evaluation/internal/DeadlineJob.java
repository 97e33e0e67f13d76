package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.evaluation.RoundStatus;
import cn.quzhou.stations.shared.JobRuns;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Daily: the open rounds whose deadline has passed mark their undelivered reports NOT_SUBMITTED (Art. 13). */
@Component
class DeadlineJob {

    private final RoundRepository rounds;
    private final RouteSupport route;
    private final JobRuns jobs;

    DeadlineJob(RoundRepository rounds, RouteSupport route, JobRuns jobs) {
        this.rounds = rounds;
        this.route = route;
        this.jobs = jobs;
    }

    @Scheduled(cron = "${platform.evaluation.deadline-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "evaluation.deadline", lockAtLeastFor = JobRuns.LOCK_AT_LEAST)
    @Transactional
    public void daily() {
        jobs.run("evaluation.deadline", "reports moved to NOT_SUBMITTED or past resubmission", () ->
                rounds.findAllByOrderByYearDesc().stream().filter(r -> r.getStatus() == RoundStatus.OPEN)
                        .mapToInt(route::sweep).sum());
    }
}
