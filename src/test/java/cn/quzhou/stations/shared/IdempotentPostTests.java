package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.RawHttp;
import cn.quzhou.stations.testsupport.World;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Safe retries (issue #13): a creating POST with an Idempotency-Key is done once, however often it is sent. */
class IdempotentPostTests extends PlatformTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    cn.quzhou.stations.audit.AuditTrail auditTrail;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheAnswerAndCreatesNothingTwice() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = unit(World.creditCode());
        RawHttp.Answer first = post("/api/units", key, body, Role.CITY_CAST);
        RawHttp.Answer again = post("/api/units", key, body, Role.CITY_CAST);
        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(again.status()).isEqualTo(201);
        assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(again.header("Location")).isEqualTo(first.header("Location"));
        assertThat(JSON.readTree(again.body()).path("id").asLong()).isEqualTo(JSON.readTree(first.body()).path("id").asLong());
        assertThat(unitsNamed(JSON.readTree(first.body()).path("name").asString())).isEqualTo(1);
    }

    @Test
    void theSameKeyForAnotherRequestIsRefusedInWords() throws Exception {
        String key = UUID.randomUUID().toString();
        assertThat(post("/api/units", key, unit(World.creditCode()), Role.CITY_CAST).status()).isEqualTo(201);
        RawHttp.Answer other = post("/api/units", key, unit(World.creditCode()), Role.CITY_CAST);
        assertThat(other.status()).isEqualTo(422);
        assertThat(other.header("Content-Type")).startsWith(ApiProblem.MEDIA_TYPE);
        assertThat(JSON.readTree(other.body()).path("code").asString()).isEqualTo("idempotency.error.keyReused");
    }

    @Test
    void aRefusedCommandIsNotStoredSoTheCorrectedRetryRuns() throws Exception {
        String key = UUID.randomUUID().toString();
        String invalid = "{\"name\":\"\"}";
        assertThat(post("/api/units", key, invalid, Role.CITY_CAST).status()).isEqualTo(400);
        assertThat(post("/api/units", key, invalid, Role.CITY_CAST).header("Idempotent-Replayed")).isNull();
    }

    @Test
    void aRefusalUnderAKeyIsStillAudited() throws Exception {
        assertThat(post("/api/units", UUID.randomUUID().toString(), unit(World.creditCode()), Role.EXPERT).status())
                .isEqualTo(403);
        var rows = as(world.user(Role.AUDIT_ADMIN), () -> auditTrail.search(new cn.quzhou.stations.audit.AuditQuery(
                world.username(Role.EXPERT), "access.denied", null, null, null, null), 0, 50).entries());
        assertThat(rows).anySatisfy(e -> assertThat(e.summary()).isEqualTo("POST /api/units"));
    }

    /**
     * Fault injection: the client's connection drops after sending (it never reads the answer). The draft and its
     * stored answer commit together; the retry with the same key gets that draft, and there is one draft, not two.
     */
    @Test
    void aConnectionDroppedAfterTheCommitLosesNothingAndTheRetryGetsTheSameDraft() throws Exception {
        String key = UUID.randomUUID().toString();
        String name = "断线重试服务站" + key.substring(0, 8);
        String body = "{\"stationName\":\"" + name + "\"}";
        try (Socket socket = new Socket("localhost", port)) {
            OutputStream out = socket.getOutputStream();
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            out.write(("POST /api/applications HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Authorization: Bearer " + ApiTokens.of(Role.APPLICANT, world, tokens) + "\r\nIdempotency-Key: "
                    + key + "\r\nContent-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.write(bytes);
            out.flush();
        } // closed without reading a byte of the answer
        // the server commits the action and its answer although nobody reads it
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> storedAnswers(key) > 0);
        assertThat(storedAnswers(key)).isEqualTo(1);
        RawHttp.Answer retry = post("/api/applications", key, body, Role.APPLICANT);
        assertThat(retry.status()).as(retry.body()).isEqualTo(201);
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(draftsNamed(name)).isEqualTo(1);
        assertThat(JSON.readTree(retry.body()).path("draft").path("stationName").asString()).isEqualTo(name);
    }

    private RawHttp.Answer post(String path, String key, String body, Role role) throws Exception {
        return RawHttp.send(port, "POST " + path + " HTTP/1.1\r\nContent-Type: application/json\r\nIdempotency-Key: "
                + key + "\r\nAuthorization: Bearer " + ApiTokens.of(role, world, tokens),
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static String unit(String creditCode) {
        return """
                {"name": "重试单位%s", "creditCode": "%s", "jurisdictionId": 1, "nature": "ENTERPRISE",
                 "businessFields": ["CHEMICAL"], "postcode": "324000"}""".formatted(creditCode, creditCode);
    }

    private long unitsNamed(String name) {
        return jdbc.sql("select count(*) from host_unit where name = ?").param(name).query(Long.class).single();
    }

    private long storedAnswers(String key) {
        return jdbc.sql("select count(*) from api_idempotency where idempotency_key = ?").param(key)
                .query(Long.class).single();
    }

    private long draftsNamed(String name) {
        return jdbc.sql("select count(*) from application where station_name = ?").param(name).query(Long.class)
                .single();
    }
}
