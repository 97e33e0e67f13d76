package cn.quzhou.stations.results;

import cn.quzhou.stations.evaluation.EvaluationResultPublished;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every {@link EvaluationResultPublished}, as the grants module's listener would receive it. */
@Component
public class RecordedResults {

    private final List<EvaluationResultPublished> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(EvaluationResultPublished event) {
        events.add(event);
    }

    public List<EvaluationResultPublished> of(int year) {
        return events.stream().filter(e -> e.year() == year).toList();
    }
}
