package cn.quzhou.stations.notification.internal;

import cn.quzhou.stations.notification.MessageFilter;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One account's inbox as SQL, newest first, a page at a time (an inbox grows without bound: never read whole). The
 * recipient is always the first condition, so the (recipient, created_at, id) index serves page and count.
 */
@Component
public class MessageList {

    public static final SortKeys SORTS = SortKeys.of("m.id", "createdAt,desc", "createdAt", "m.created_at");

    private static final String SELECT = "m.id, m.subject_key, m.args, m.link, m.created_at, m.read_at, m.email_status";
    private static final String FROM = "notification_message m";

    /** A message as stored; the facade renders its subject in the reader's locale. */
    public record Row(long id, String subjectKey, List<String> args, String link, Instant createdAt, Instant readAt,
                      String emailStatus) {
    }

    private static final RowMapper<Row> ROWS = (rs, n) -> {
        Timestamp read = rs.getTimestamp("read_at");
        return new Row(rs.getLong("id"), rs.getString("subject_key"),
                Arrays.asList((String[]) rs.getArray("args").getArray()), rs.getString("link"),
                rs.getTimestamp("created_at").toInstant(), read == null ? null : read.toInstant(),
                rs.getString("email_status"));
    };

    private final JdbcClient jdbc;

    MessageList(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The subject keys of the account's messages: a handful, so that a keyword can be matched on their texts. */
    public List<String> subjectKeysOf(long recipient) {
        return jdbc.sql("select distinct subject_key from notification_message where recipient_account_id = ?")
                .param(recipient).query(String.class).list();
    }

    /**
     * A page of {@code recipient}'s messages. A keyword matches the arguments (names, numbers) or, through
     * {@code keysMatching} (the subject keys whose text in the reader's language contains it), the subject's words.
     */
    public Paged<Row> page(long recipient, MessageFilter filter, ListQuery query, Collection<String> keysMatching) {
        Where where = Where.of("m.recipient_account_id = ?", List.of(recipient));
        if (filter.status() == MessageFilter.Status.UNREAD) {
            where.and("m.read_at is null");
        } else if (filter.status() == MessageFilter.Status.READ) {
            where.and("m.read_at is not null");
        }
        if (filter.kind() != null) {
            List<String> patterns = filter.kind().patterns();
            where.and(String.join(" or ", java.util.Collections.nCopies(patterns.size(), "m.subject_key like ?")),
                    new ArrayList<Object>(patterns));
        }
        if (query.hasKeyword()) {
            List<Object> params = new ArrayList<>();
            StringBuilder condition = new StringBuilder("array_to_string(m.args, ' ') ilike ?");
            params.add(query.containing());
            if (!keysMatching.isEmpty()) {
                condition.append(" or m.subject_key in (")
                        .append(String.join(", ", java.util.Collections.nCopies(keysMatching.size(), "?"))).append(")");
                params.addAll(keysMatching);
            }
            where.and(condition.toString(), params);
        }
        return SqlList.page(jdbc, SELECT, FROM, where, query, SORTS, ROWS);
    }

    /** Marks those of {@code ids} that are {@code recipient}'s and unread as read at {@code at}; answers which were. */
    public List<Long> markRead(long recipient, Collection<Long> ids, Instant at) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Object> params = new ArrayList<>();
        params.add(Timestamp.from(at));
        params.add(recipient);
        params.addAll(ids);
        return jdbc.sql("update notification_message set read_at = ? where recipient_account_id = ? and read_at is null"
                        + " and id in (" + String.join(", ", java.util.Collections.nCopies(ids.size(), "?")) + ")"
                        + " returning id")
                .params(params).query(Long.class).list();
    }
}
