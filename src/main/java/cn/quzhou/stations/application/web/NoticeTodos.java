package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.PublicNotices;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** 待办 for the city CAST: stations waiting for a notice, objections to resolve, ended notices to recognise. */
@Component
class NoticeTodos implements TodoSource {

    private final PublicNotices notices;

    NoticeTodos(PublicNotices notices) {
        this.notices = notices;
    }

    @Override
    public List<TodoItem> todosFor(PlatformUser user) {
        if (!user.can("notice:manage")) {
            return List.of();
        }
        List<TodoItem> items = new ArrayList<>();
        long[] work = notices.openWork();
        add(items, "notice.todo.candidates", work[0]);
        add(items, "notice.todo.objections", work[1]);
        add(items, "notice.todo.recognise", work[2]);
        return items;
    }

    private static void add(List<TodoItem> items, String key, long count) {
        if (count > 0) {
            items.add(new TodoItem(key, count, "/applications/notices"));
        }
    }
}
