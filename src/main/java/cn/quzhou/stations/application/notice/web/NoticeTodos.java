package cn.quzhou.stations.application.notice.web;

import cn.quzhou.stations.application.notice.NoticeWork;
import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * 待办 for the city CAST: stations waiting for a notice, objections to resolve (each due a service term after its
 * receipt, V53, with the working days waited and the overdue), ended notices to recognise, returned joint documents;
 * for the city talent office: joint documents awaiting its confirmation.
 */
@Component
class NoticeTodos implements TodoSource {

    private final PublicNotices notices;
    private final TodoDeadlines deadlines;

    NoticeTodos(PublicNotices notices, TodoDeadlines deadlines) {
        this.notices = notices;
        this.deadlines = deadlines;
    }

    @Override
    public List<TodoItem> todosFor(PlatformUser user) {
        List<TodoItem> items = new ArrayList<>();
        if (!user.can("notice:manage") && !user.can("notice:confirm")) {
            return items;
        }
        NoticeWork work = notices.openWork();
        if (user.can("notice:manage")) {
            add(items, "notice.todo.candidates", work.candidates(), work.candidatesSince());
            deadlines.line(TodoDeadlines.Item.OBJECTION, "notice.todo.objections", "/applications/notices",
                    notices::objectionsWaiting).ifPresent(items::add);
            add(items, "notice.todo.recognise", work.toRecognise(), work.toRecogniseSince());
            add(items, "notice.todo.returned", work.returned(), work.returnedSince());
        }
        if (user.can("notice:confirm")) {
            // the joint document waits for the city talent office's confirmation (Art. 5(3))
            add(items, "notice.todo.confirm", work.toConfirm(), work.toConfirmSince());
        }
        return items;
    }

    /** A line no rule puts a deadline on: how many, and the working days the oldest has waited. */
    private void add(List<TodoItem> items, String key, long count, LocalDate since) {
        if (count > 0) {
            items.add(deadlines.undated(key, count, "/applications/notices", since));
        }
    }
}
