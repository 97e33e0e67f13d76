package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.PublicNotices;
import cn.quzhou.stations.application.Recognitions;
import cn.quzhou.stations.application.TodoDeadlines;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
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
    private final Recognitions recognitions;
    private final TodoDeadlines deadlines;

    NoticeTodos(PublicNotices notices, Recognitions recognitions, TodoDeadlines deadlines) {
        this.notices = notices;
        this.recognitions = recognitions;
        this.deadlines = deadlines;
    }

    @Override
    public List<TodoItem> todosFor(PlatformUser user) {
        List<TodoItem> items = new ArrayList<>();
        long[] joint = user.can("notice:manage") || user.can("notice:confirm") ? recognitions.jointWork() : null;
        if (user.can("notice:manage")) {
            long[] work = notices.openWork();
            add(items, "notice.todo.candidates", work[0]);
            deadlines.line(TodoDeadlines.Item.OBJECTION, "notice.todo.objections", "/applications/notices",
                    notices::objectionsWaiting).ifPresent(items::add);
            add(items, "notice.todo.recognise", work[1]);
            add(items, "notice.todo.returned", joint[1]);
        }
        if (user.can("notice:confirm")) {
            // the joint document waits for the city talent office's confirmation (Art. 5(3))
            add(items, "notice.todo.confirm", joint[0]);
        }
        return items;
    }

    private static void add(List<TodoItem> items, String key, long count) {
        if (count > 0) {
            items.add(new TodoItem(key, count, "/applications/notices"));
        }
    }
}
