package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.ReviewQueue;
import cn.quzhou.stations.application.TodoDeadlines;
import cn.quzhou.stations.application.WorkingDays;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * 待办: applications waiting at the signed-in reviewer's step — each step with its oldest item's deadline, the working
 * days it has waited and how many are overdue — and the applicant's drafts and returns.
 */
@Component
class ApplicationTodos implements TodoSource {

    private final Applications applications;
    private final TodoDeadlines deadlines;

    ApplicationTodos(Applications applications, TodoDeadlines deadlines) {
        this.applications = applications;
        this.deadlines = deadlines;
    }

    @Override
    public List<TodoItem> todosFor(PlatformUser user) {
        List<TodoItem> items = new ArrayList<>();
        if (user.can("application:review")) {
            reviews(user, items);
        }
        if (user.can("application:draft")) {
            add(items, applications.ownOpen(user), "application.todo.own.");
        }
        return items;
    }

    private void reviews(PlatformUser user, List<TodoItem> items) {
        LocalDate today = deadlines.today();
        WorkingDays days = deadlines.workingDays();
        int length = deadlines.term(TodoDeadlines.Item.APPLICATION_REVIEW, today).workingDays();
        for (ReviewQueue q : applications.queuesFor(user, today, days, length).stream()
                .sorted(java.util.Comparator.comparing(ReviewQueue::status)).toList()) {
            items.add(TodoDeadlines.line("application.todo.review." + q.status().name(), List.of(), q.count(),
                    "/applications?status=" + q.status().name(), q.oldestSince(),
                    days.addWorkingDays(q.oldestSince(), length), q.overdue(), today, days));
        }
    }

    private static void add(List<TodoItem> items, Map<ApplicationStatus, Long> counts, String keyPrefix) {
        counts.entrySet().stream().filter(e -> e.getValue() > 0).sorted(Map.Entry.comparingByKey())
                .forEach(e -> items.add(new TodoItem(keyPrefix + e.getKey().name(), e.getValue(),
                        "/applications?status=" + e.getKey().name())));
    }
}
