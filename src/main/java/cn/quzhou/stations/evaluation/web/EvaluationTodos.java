package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.evaluation.EvaluationScoring;
import cn.quzhou.stations.evaluation.SelfReports;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 待办: the host unit's own self-reports to finish (each due on its round's report deadline or, returned, on its
 * resubmission deadline); self-reports waiting for the signed-in user's reviewing step; for an expert, assigned reports not judged yet — each line
 * with its oldest item's deadline (the platform's service terms, V52), the working days waited and how many are overdue.
 */
@Component
class EvaluationTodos implements TodoSource {

    private final SelfReports reports;
    private final EvaluationScoring scoring;
    private final TodoDeadlines deadlines;

    EvaluationTodos(SelfReports reports, EvaluationScoring scoring, TodoDeadlines deadlines) {
        this.reports = reports;
        this.scoring = scoring;
        this.deadlines = deadlines;
    }

    @Override
    public List<TodoItem> todosFor(PlatformUser user) {
        List<TodoItem> items = new ArrayList<>();
        if (user.can("evaluation:report")) {
            // the station's own drafts and returns, due on the round's deadline or the resubmission deadline
            deadlines.dated("evaluation.todo.reports", "/evaluations", reports::ownWaiting).ifPresent(items::add);
        } else if (user.can("evaluation:read")) {
            deadlines.line(TodoDeadlines.Item.REPORT_REVIEW, "evaluation.todo.reports", "/evaluations",
                    reports::reviewWaiting).ifPresent(items::add);
        }
        if (user.can("evaluation:judge") && user.expertId() != null) {
            deadlines.line(TodoDeadlines.Item.JUDGEMENT, "evaluation.todo.judge", "/evaluations/expert",
                    scoring::openJudgements).ifPresent(items::add);
        }
        return items;
    }
}
