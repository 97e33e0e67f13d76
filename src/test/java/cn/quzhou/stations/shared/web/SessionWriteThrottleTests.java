package cn.quzhou.stations.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.SessionBrowser;
import cn.quzhou.stations.testsupport.SessionBrowser.Instance;
import cn.quzhou.stations.testsupport.StatementCounter;
import cn.quzhou.stations.testsupport.World;
import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * A signed-in page reads its session but writes the session's last-access time at most once a minute (issue #9: the
 * UPDATE on every request was most of a page's cost under load); idle sessions still end.
 */
class SessionWriteThrottleTests extends PlatformTest {

    @Autowired
    Accounts accounts;
    @Autowired
    DataSource dataSource;
    @Autowired
    org.springframework.session.SessionRepository<?> sessions;

    private JdbcClient jdbc;
    private Cookie session;

    @BeforeEach
    void signedIn() throws Exception {
        world.ensure();
        jdbc = JdbcClient.create(dataSource);
        var account = world.freshAccount("throttle", null, null);
        as(world.user(Role.SECURITY_ADMIN), () -> { accounts.grant(account.getId(), Role.CITY_TALENT); return null; });
        var browser = new SessionBrowser();
        browser.signIn(Instance.direct(port), account.getUsername(), World.PASSWORD);
        assertThat(browser.get(Instance.direct(port), "/").statusCode()).isEqualTo(200);
        session = new Cookie("SESSION", browser.cookie("SESSION"));
    }

    @Test
    void aRequestWithinAMinuteOfTheStoredLastAccessWritesNothingToTheSessionStore() throws Exception {
        long before = lastAccess();
        List<String> statements = sessionStatements();
        assertThat(statements).as("the session is read").anySatisfy(sql -> assertThat(sql).startsWithIgnoringCase("SELECT"));
        assertThat(statements).as("and not written").noneSatisfy(sql -> assertThat(sql).startsWithIgnoringCase("UPDATE"));
        assertThat(lastAccess()).isEqualTo(before);
    }

    @Test
    void aSignedInPageReadsItsSessionOnceNotAgainAfterSavingIt() throws Exception {
        sessionStatements();   // the first request after signing in may still write the session
        assertThat(sessionStatements()).as("reads of the session store in one request")
                .filteredOn(sql -> sql.toUpperCase(Locale.ROOT).startsWith("SELECT")).hasSize(1);
    }

    @Test
    void aRequestAMinuteOrMoreAfterTheStoredLastAccessWritesIt() throws Exception {
        storedLastAccessAgo(Duration.ofSeconds(61));
        long before = lastAccess();
        assertThat(sessionStatements()).anySatisfy(sql -> assertThat(sql).startsWithIgnoringCase("UPDATE"));
        assertThat(lastAccess()).isGreaterThan(before);
        assertThat(sessionStatements()).as("and then not again within the minute")
                .noneSatisfy(sql -> assertThat(sql).startsWithIgnoringCase("UPDATE"));
    }

    @Test
    void aSessionIdleForLongerThanItsTimeoutStillEnds() throws Exception {
        storedLastAccessAgo(Duration.ofMinutes(30).plusSeconds(1));
        MockHttpServletResponse page = mvc.perform(get("/").cookie(session)).andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(302);
        assertThat(page.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    @SuppressWarnings({"unchecked", "rawtypes"})
    void twoRequestsOfOneSessionThatAddTheSameAttributeAtOnceBothSucceedAndTheLaterWins() {
        org.springframework.session.SessionRepository store = sessions;
        org.springframework.session.Session first = store.findById(sessionId());
        org.springframework.session.Session second = store.findById(sessionId());
        first.setAttribute("concurrent.list", "page=2");
        second.setAttribute("concurrent.list", "page=3");
        store.save(first);
        store.save(second); // was: duplicate key on spring_session_attributes_pk → the page answered 500
        assertThat(((org.springframework.session.Session) store.findById(sessionId())).<String>getAttribute("concurrent.list"))
                .isEqualTo("page=3");
    }

    /** The statements of one request of the home page that touch the session store. */
    private List<String> sessionStatements() throws Exception {
        int[] status = {0};
        List<String> all = StatementCounter.record(() -> status[0] = mvc.perform(get("/").cookie(session))
                .andReturn().getResponse().getStatus());
        assertThat(status[0]).isEqualTo(200);
        return all.stream().map(String::strip)
                .filter(sql -> sql.toUpperCase(Locale.ROOT).contains("SPRING_SESSION")).toList();
    }

    private String sessionId() {
        return new String(Base64.getDecoder().decode(session.getValue()));
    }

    private long lastAccess() {
        return jdbc.sql("select last_access_time from spring_session where session_id = :id").param("id", sessionId())
                .query(Long.class).single();
    }

    /** Moves the stored last access (and the expiry computed from it) {@code ago} into the past. */
    private void storedLastAccessAgo(Duration ago) {
        long at = Instant.now().minus(ago).toEpochMilli();
        jdbc.sql("update spring_session set last_access_time = :at, expiry_time = :at + max_inactive_interval * 1000 "
                + "where session_id = :id").param("at", at).param("id", sessionId()).update();
    }
}
