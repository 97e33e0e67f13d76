package cn.quzhou.stations.application;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Records every {@link StationRecognised} published, standing in for the future station module's listener. */
@Component
public class RecordedStationEvents {

    private final List<StationRecognised> events = new CopyOnWriteArrayList<>();

    @EventListener
    void on(StationRecognised event) {
        events.add(event);
    }

    public List<StationRecognised> of(long applicationId) {
        return events.stream().filter(e -> e.applicationId() == applicationId).toList();
    }
}
