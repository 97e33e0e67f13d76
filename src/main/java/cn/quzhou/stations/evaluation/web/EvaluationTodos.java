package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.evaluation.EvaluationScoring;
import cn.quzhou.stations.evaluation.SelfReports;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 待办: self-reports waiting for the signed-in user's step; for an expert, assigned reports not judged yet. */
@Component
class EvaluationTodos implements TodoSource {

    private final SelfReports reports;
    private final EvaluationScoring scoring;

    EvaluationTodos(SelfReports reports, EvaluationScoring scoring) {
        this.reports = reports;
        this.scoring = scoring;
    }

    @Override
    public List<TodoItem> todosFor(PlatformUser user) {
        List<TodoItem> items = new ArrayList<>();
        if (user.can("evaluation:read")) {
            long waiting = reports.worklistCount();
            if (waiting > 0) {
                items.add(new TodoItem("evaluation.todo.reports", waiting, "/evaluations"));
            }
        }
        if (user.can("evaluation:judge") && user.expertId() != null) {
            long open = scoring.myAssignments().stream()
                    .filter(a -> a.open() && a.judgement().judgement() == null).count();
            if (open > 0) {
                items.add(new TodoItem("evaluation.todo.judge", open, "/evaluations/expert"));
            }
        }
        return items;
    }
}
