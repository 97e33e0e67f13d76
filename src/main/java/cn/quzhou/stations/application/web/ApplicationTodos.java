package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.ReviewQueue;
import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.application.notice.WorkingDays;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 待办: applications waiting at the signed-in reviewer's step — each step with its oldest item's deadline, the working
 * days it has waited and how many are overdue — and the applicant's drafts and returns, with the working days since
 * the oldest one's last change (they have no deadline: V53).
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
            // no deadline (V53): the working days since the oldest one's last change
            for (ReviewQueue q : applications.ownOpen(user)) {
                items.add(deadlines.undated("application.todo.own." + q.status().name(), q.count(),
                        "/applications?status=" + q.status().name(), q.oldestSince()));
            }
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
}
