package cn.quzhou.stations.application.panel.web;

import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.application.panel.ReviewPanels;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 待办: an expert's sheets still to score; for the city CAST, panels whose sheets are all in and whose list awaits
 * fixing — each line with its oldest item's deadline (service terms, V52), the working days waited and the overdue.
 */
@Component
class PanelTodos implements TodoSource {

    private final ReviewPanels panels;
    private final TodoDeadlines deadlines;

    PanelTodos(ReviewPanels panels, TodoDeadlines deadlines) {
        this.panels = panels;
        this.deadlines = deadlines;
    }

    @Override
    public List<TodoItem> todosFor(PlatformUser user) {
        List<TodoItem> items = new ArrayList<>();
        if (user.can("panel:score") && user.expertId() != null) {
            deadlines.line(TodoDeadlines.Item.PANEL_SHEET, "panel.todo.sheets", "/panels/sheets",
                    panels::openSheetsWaiting).ifPresent(items::add);
        }
        if (user.can("panel:manage")) {
            deadlines.line(TodoDeadlines.Item.PANEL_LIST, "panel.todo.list", "/panels",
                    panels::readyToListWaiting).ifPresent(items::add);
        }
        return items;
    }
}
