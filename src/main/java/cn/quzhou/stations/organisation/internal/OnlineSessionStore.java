package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.OnlineSessionView;
import cn.quzhou.stations.organisation.PlatformUser;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The rows of {@code online_session}: one per signed-in browser, shared by every instance through the
 * database. A session whose row is gone, or whose stamp is older than its account's, has ended.
 */
@Component
public class OnlineSessionStore {

    /** What a request needs to decide whether its session still stands: one indexed read. */
    record Standing(long stamp, long accountStamp, boolean enabled, boolean administrator, Instant signedInAt,
                    Instant lastSeenAt) {
    }

    private final JdbcClient jdbc;

    OnlineSessionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records a sign-in and returns its id (kept in the session). */
    String signedIn(String sessionId, PlatformUser user, String clientIp, Instant now) {
        String id = UUID.randomUUID().toString();
        // rows of this account's sessions that the store has since expired are dropped here, so the table stays small
        // (a minute's grace: a sign-in running at this moment has not stored its session yet)
        jdbc.sql("delete from online_session o where o.account_id = :account and o.last_seen_at < :grace and not exists "
                        + "(select 1 from spring_session s where s.session_id = o.session_id)")
                .param("account", user.accountId()).param("grace", Timestamp.from(now.minusSeconds(60))).update();
        jdbc.sql("insert into online_session (id, session_id, account_id, username, stamp, administrator, client_ip, "
                        + "signed_in_at, last_seen_at) values (:id, :session, :account, :username, :stamp, :admin, :ip, :now, :now)")
                .param("id", id).param("session", sessionId).param("account", user.accountId())
                .param("username", user.getUsername()).param("stamp", user.securityStamp())
                .param("admin", user.roles().stream().anyMatch(cn.quzhou.stations.organisation.Role::isAdmin))
                .param("ip", clientIp == null ? "" : clientIp).param("now", Timestamp.from(now)).update();
        return id;
    }

    Optional<Standing> standing(String id) {
        return jdbc.sql("select o.stamp, a.security_stamp, a.enabled, o.administrator, o.signed_in_at, o.last_seen_at "
                        + "from online_session o join account a on a.id = o.account_id where o.id = :id")
                .param("id", id)
                .query((rs, n) -> new Standing(rs.getLong(1), rs.getLong(2), rs.getBoolean(3), rs.getBoolean(4),
                        rs.getTimestamp(5).toInstant(), rs.getTimestamp(6).toInstant()))
                .optional();
    }

    void seen(String id, Instant now) {
        jdbc.sql("update online_session set last_seen_at = :now where id = :id")
                .param("now", Timestamp.from(now)).param("id", id).update();
    }

    /** The holder signed out: the stored session is invalidated by the sign-out itself. */
    void signedOut(String id) {
        jdbc.sql("delete from online_session where id = :id").param("id", id).update();
    }

    /** Ends one signed-in browser: its row and its stored session. */
    public Optional<OnlineSessionView> end(String id) {
        Optional<OnlineSessionView> view = find(id);
        view.ifPresent(v -> {
            jdbc.sql("delete from spring_session where session_id = (select session_id from online_session where id = :id)")
                    .param("id", id).update();
            jdbc.sql("delete from online_session where id = :id").param("id", id).update();
        });
        return view;
    }

    /**
     * Drops the account's stored sessions. The raised security stamp already ends them; deleting them as
     * well keeps 在线用户 truthful at once.
     */
    public int endAllOf(long accountId) {
        jdbc.sql("delete from spring_session where session_id in (select session_id from online_session where account_id = :a)")
                .param("a", accountId).update();
        return jdbc.sql("delete from online_session where account_id = :a").param("a", accountId).update();
    }

    /**
     * The holder changed its own password: every other session of the account ends, the one that made the change
     * ({@code keep}, null when there is none) goes on under the account's new stamp.
     */
    public void endOthersOf(long accountId, String keep, long stamp) {
        jdbc.sql("delete from spring_session where session_id in (select session_id from online_session "
                        + "where account_id = :a and id is distinct from :keep)")
                .param("a", accountId).param("keep", keep).update();
        jdbc.sql("delete from online_session where account_id = :a and id is distinct from :keep")
                .param("a", accountId).param("keep", keep).update();
        jdbc.sql("update online_session set stamp = :stamp where id = :keep").param("stamp", stamp).param("keep", keep).update();
    }

    /** The sign-in of the current request's session, if it has one. */
    public static String currentSignIn() {
        var request = org.springframework.web.context.request.RequestContextHolder.getRequestAttributes();
        return request == null ? null : request.getAttribute(SessionGuard.SIGN_IN,
                org.springframework.web.context.request.RequestAttributes.SCOPE_SESSION) instanceof String id ? id : null;
    }

    public static final SortKeys SORTS = SortKeys.of("o.id", "lastSeen,desc", "username", "o.username",
            "signedIn", "o.signed_in_at", "lastSeen", "o.last_seen_at", "ip", "o.client_ip");

    /**
     * One page of the sessions still held by the store (an idle session the store expired is not listed), searched over
     * user name, display name and (as a prefix) the client address.
     */
    public Paged<OnlineSessionView> page(ListQuery query) {
        Where where = new Where().and(LIVE)
                .keyword(query, List.of("o.username", "a.display_name"), List.of("o.client_ip"));
        return SqlList.page(jdbc, COLUMNS, FROM, where, query, SORTS, OnlineSessionStore::view);
    }

    public Optional<OnlineSessionView> find(String id) {
        return jdbc.sql(SELECT + " and o.id = :id").param("id", id).query(OnlineSessionStore::view).optional();
    }

    private static final String COLUMNS = "o.id, o.account_id, o.username, a.display_name, o.client_ip, "
            + "o.signed_in_at, o.last_seen_at";
    private static final String FROM = "online_session o join account a on a.id = o.account_id";
    private static final String LIVE = "exists (select 1 from spring_session s where s.session_id = o.session_id)";
    private static final String SELECT = "select " + COLUMNS + " from " + FROM + " where " + LIVE;

    private static OnlineSessionView view(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new OnlineSessionView(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant());
    }
}
