package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.OpenEntry;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page's 待办: what every module's {@link TodoSource} returns for the signed-in user, read in one read-only
 * transaction. Each source's facades join it, so a home page takes one connection and one BEGIN/COMMIT instead of one
 * per facade call (fifteen for the city CAST; issue #9). The sources only read.
 */
@Service
public class Workbench {

    private final List<TodoSource> sources;

    Workbench(List<TodoSource> sources) {
        this.sources = sources;
    }

    @Transactional(readOnly = true)
    @OpenEntry(value = OpenEntry.Audience.SIGNED_IN,
            why = "the home page's 待办 of the signed-in account itself (read from the principal, never a parameter)")
    public List<TodoItem> todosOfCurrentUser() {
        PlatformUser user = PlatformUser.current();
        return sources.stream().flatMap(s -> s.todosFor(user).stream()).toList();
    }
}
