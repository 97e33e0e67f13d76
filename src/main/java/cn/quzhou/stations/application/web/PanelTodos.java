package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.ReviewPanels;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 待办: an expert's sheets still to score; for the city CAST, panels whose sheets are all in and whose list awaits fixing. */
@Component
class PanelTodos implements TodoSource {

    private final ReviewPanels panels;

    PanelTodos(ReviewPanels panels) {
        this.panels = panels;
    }

    @Override
    public List<TodoItem> todosFor(PlatformUser user) {
        List<TodoItem> items = new ArrayList<>();
        if (user.can("panel:score") && user.expertId() != null) {
            long open = panels.openSheetCount();
            if (open > 0) {
                items.add(new TodoItem("panel.todo.sheets", open, "/panels/sheets"));
            }
        }
        if (user.can("panel:manage")) {
            long ready = panels.readyToListCount();
            if (ready > 0) {
                items.add(new TodoItem("panel.todo.list", ready, "/panels"));
            }
        }
        return items;
    }
}
