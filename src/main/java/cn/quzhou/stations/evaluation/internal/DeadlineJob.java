package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.evaluation.RoundStatus;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Daily: the open rounds whose deadline has passed mark their undelivered reports NOT_SUBMITTED (Art. 13). */
@Component
class DeadlineJob {

    private final RoundRepository rounds;
    private final RouteSupport route;

    DeadlineJob(RoundRepository rounds, RouteSupport route) {
        this.rounds = rounds;
        this.route = route;
    }

    @Scheduled(cron = "${platform.evaluation.deadline-cron:0 5 0 * * *}", zone = "Asia/Shanghai")
    @Transactional
    public void daily() {
        rounds.findAllByOrderByYearDesc().stream().filter(r -> r.getStatus() == RoundStatus.OPEN)
                .forEach(route::sweep);
    }
}
