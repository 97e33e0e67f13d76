package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.funding.Reconciliation;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.HttpBrowser;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What an operator sees: metrics for the monitoring system only, and one request id from the header to the log. */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests extends PlatformTest {

    private static final Pattern REFERENCE = Pattern.compile("参考编号：([0-9A-F]{8})");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Reconciliation reconciliation;

    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void releaseLocks() {
        jdbc.sql("delete from shedlock").update();
    }

    @Test
    void prometheusShowsTheRequestTimerPerRouteTheJobRunsThePoolAndTheBusinessCounters() throws Exception {
        assertThat(get("/login", Map.of()).statusCode()).isEqualTo(200);
        reconciliation.nightly();

        HttpResponse<String> scrape = get("/actuator/prometheus", Map.of("Authorization", basic("prometheus", "test-scrape")));

        assertThat(scrape.statusCode()).isEqualTo(200);
        assertThat(scrape.body())
                .containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/login\"[^}]*} [1-9]")
                .containsPattern("platform_job_runs_seconds_count\\{[^}]*job=\"funding.reconciliation\"[^}]*outcome=\"success\"[^}]*} [1-9]")
                .contains("hikaricp_connections_active")
                .contains("platform_applications_submitted_total")
                .contains("platform_payments_recorded_total");
    }

    @Test
    void prometheusRefusesAnonymousCallersWrongPasswordsAndSignedInUsers() throws Exception {
        assertThat(get("/actuator/prometheus", Map.of()).statusCode()).isEqualTo(401);
        assertThat(get("/actuator/prometheus", Map.of("Authorization", basic("prometheus", "guess"))).statusCode())
                .isEqualTo(401);
        HttpBrowser admin = signedIn(Role.SYSTEM_ADMIN);
        assertThat(admin.get("/actuator/prometheus").statusCode()).isEqualTo(401);
    }

    @Test
    void theErrorPageReferenceIsTheRequestIdOfTheHeaderAndOfTheLog(CapturedOutput log) throws Exception {
        HttpResponse<String> page = signedIn(Role.CITY_CAST).get("/test-support/fail");

        assertThat(page.statusCode()).isEqualTo(500);
        Matcher reference = REFERENCE.matcher(page.body());
        assertThat(reference.find()).isTrue();
        assertThat(page.headers().firstValue("X-Request-Id")).hasValue(reference.group(1));
        assertThat(log.getOut()).containsPattern("\\[" + reference.group(1) + "] .*Server error, reference "
                + reference.group(1));
    }

    @Test
    void aProxysRequestIdIsKeptAndAMalformedOneReplaced() throws Exception {
        assertThat(get("/login", Map.of("X-Request-Id", "9f86d081884c7d65")).headers().firstValue("X-Request-Id"))
                .hasValue("9f86d081884c7d65");
        assertThat(get("/login", Map.of("X-Request-Id", "bad id <script>")).headers().firstValue("X-Request-Id"))
                .get().asString().matches("[0-9A-F]{8}");
    }

    @Test
    void livenessAndReadinessAnswerOnTheirOwnPaths() throws Exception {
        assertThat(get("/actuator/health/liveness", Map.of()).body()).contains("\"status\":\"UP\"");
        assertThat(get("/actuator/health/readiness", Map.of()).body()).contains("\"status\":\"UP\"");
    }

    private HttpBrowser signedIn(Role role) throws Exception {
        world.ensure();
        HttpBrowser browser = new HttpBrowser(baseUrl());
        String login = browser.get("/login").body();
        browser.postForm("/login", Map.of("username", world.username(role), "password", World.PASSWORD,
                "_csrf", HttpBrowser.csrfToken(login)));
        return browser;
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
