package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** 待办: applications waiting at the signed-in reviewer's step, and the applicant's drafts and returns. */
@Component
class ApplicationTodos implements TodoSource {

    private final Applications applications;

    ApplicationTodos(Applications applications) {
        this.applications = applications;
    }

    @Override
    public List<TodoItem> todosFor(PlatformUser user) {
        List<TodoItem> items = new ArrayList<>();
        if (user.can("application:review")) {
            add(items, applications.waitingFor(user), "application.todo.review.");
        }
        if (user.can("application:draft")) {
            add(items, applications.ownOpen(user), "application.todo.own.");
        }
        return items;
    }

    private static void add(List<TodoItem> items, Map<ApplicationStatus, Long> counts, String keyPrefix) {
        counts.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey())
                .forEach(e -> items.add(new TodoItem(keyPrefix + e.getKey().name(), e.getValue(),
                        "/applications?status=" + e.getKey().name())));
    }
}
