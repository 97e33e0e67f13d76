package cn.quzhou.stations.station.web;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import cn.quzhou.stations.station.AnnualReports;
import cn.quzhou.stations.station.OpenReport;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** 待办 of a host unit: each station's plan (from its recognition) and summary still owed this year, with deadlines. */
@Component
class StationTodos implements TodoSource {

    private final AnnualReports reports;
    private final TodoDeadlines deadlines;

    StationTodos(AnnualReports reports, TodoDeadlines deadlines) {
        this.reports = reports;
        this.deadlines = deadlines;
    }

    @Override
    public List<TodoItem> todosFor(PlatformUser user) {
        if (!user.can("station:evidence") || user.hostUnitId() == null) {
            return List.of();
        }
        List<OpenReport> owed = reports.owedByMyUnit();
        if (owed.isEmpty()) {
            return List.of();
        }
        LocalDate today = deadlines.today();
        var days = deadlines.workingDays();
        return owed.stream().map(r -> TodoDeadlines.line("reports.todo." + r.kind().name(),
                List.of(r.stationName(), String.valueOf(r.year())), 1, "/stations/" + r.stationId() + "/reports",
                r.since(), r.deadline(), r.overdueOn(today) ? 1 : 0, today, days)).toList();
    }
}
