package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.HttpBrowser;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.SecondInstance;
import cn.quzhou.stations.testsupport.TcpProxy;
import cn.quzhou.stations.testsupport.World;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;

/**
 * An instance whose database goes away and comes back: it reaches the test's PostgreSQL through a TCP relay that the
 * test cuts. Health says DOWN and pages say 503 with a reference within 3 s; afterwards it serves again unrestarted.
 */
class DatabaseAwayTests extends PlatformTest {

    private static final Pattern REFERENCE = Pattern.compile("参考编号：([0-9A-Za-z._-]+)");

    @Autowired
    DataSource dataSource;
    @Autowired
    Environment environment;

    private static TcpProxy proxy;
    private static SecondInstance instance;

    @AfterAll
    static void stop() throws Exception {
        if (instance != null) {
            instance.close();
        }
        if (proxy != null) {
            proxy.close();
        }
    }

    @Test
    void whileTheDatabaseIsAwayHealthIsDownAndPagesSay503QuicklyThenAllRecoversWithoutARestart() throws Exception {
        startBehindRelay();
        HttpBrowser official = signedIn();
        assertThat(official.get("/units").statusCode()).isEqualTo(200);

        proxy.cut();
        try {
            long start = System.nanoTime();
            HttpResponse<String> health = anonymous("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("\"status\":\"DOWN\"");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));

            start = System.nanoTime();
            HttpResponse<String> page = official.get("/units");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("数据库暂时无法连接");
            Matcher reference = REFERENCE.matcher(page.body());
            assertThat(reference.find()).isTrue();
            assertThat(page.headers().firstValue("X-Request-Id")).hasValue(reference.group(1));

            HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + instance.port() + "/api/me"))
                    .header("Authorization", "Bearer qzst_database-away").build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(503);
            assertThat(api.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(api.body()).as("the one problem shape").contains("\"type\":\"urn:quzhou-stations:problem:unavailable\"",
                    "\"title\":\"Service Unavailable\"", "\"code\":\"unavailable\"", "\"requestId\":\"",
                    "数据库暂时无法连接");
        } finally {
            proxy.restore();
        }

        assertThat(eventually(() -> official.get("/units").statusCode())).isEqualTo(200);
        assertThat(anonymous("/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    private void startBehindRelay() throws Exception {
        String url;
        try (var connection = dataSource.getConnection()) {
            url = connection.getMetaData().getURL();
        }
        URI target = URI.create(url.substring("jdbc:".length()));
        proxy = new TcpProxy(target.getHost(), target.getPort());
        String relayed = "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getRawPath()
                + (target.getRawQuery() == null ? "" : "?" + target.getRawQuery());
        instance = SecondInstance.start(dataSource, environment, Map.of("spring.datasource.url", relayed));
    }

    private HttpBrowser signedIn() throws Exception {
        world.ensure();
        HttpBrowser browser = new HttpBrowser("http://localhost:" + instance.port());
        String login = browser.get("/login").body();
        browser.postForm("/login", Map.of("username", world.username(Role.CITY_CAST), "password", World.PASSWORD,
                "_csrf", HttpBrowser.csrfToken(login)));
        return browser;
    }

    private HttpResponse<String> anonymous(String path) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + instance.port() + path))
                .build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status once it is 200, waiting (up to 10 s) while the pool finds the database again; else the last one. */
    private static int eventually(ThrowingStatus status) {
        int[] last = {0};
        try {
            Awaitility.await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(500))
                    .until(() -> (last[0] = status.get()) == 200);
        } catch (ConditionTimeoutException e) {
            // answered below: the assertion names the last status seen
        }
        return last[0];
    }

    private interface ThrowingStatus {
        int get() throws Exception;
    }
}
