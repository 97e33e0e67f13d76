package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.NoticeView;
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
        long candidates = notices.candidates().size();
        List<NoticeView> all = notices.list();
        long objections = all.stream().mapToLong(NoticeView::openObjections).sum();
        long toRecognise = all.stream().filter(n -> n.ended() && n.recognitionId() == null).count();
        add(items, "notice.todo.candidates", candidates);
        add(items, "notice.todo.objections", objections);
        add(items, "notice.todo.recognise", toRecognise);
        return items;
    }

    private static void add(List<TodoItem> items, String key, long count) {
        if (count > 0) {
            items.add(new TodoItem(key, count, "/applications/notices"));
        }
    }
}
