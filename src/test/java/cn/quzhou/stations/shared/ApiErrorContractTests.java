package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.RawHttp;
import cn.quzhou.stations.testsupport.World;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One error contract for every /api answer (issue #13), over real HTTP so that the servlet container's own refusals
 * are included: each status the API documents is produced here, and each is application/problem+json with its
 * status, a stable error category and code, a message in words and the request id (also the X-Request-Id header).
 */
class ApiErrorContractTests extends PlatformTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    AccessTokens tokens;

    @BeforeEach
    void world() {
        world.ensure();
    }

    static Stream<Arguments> everyDocumentedStatus() {
        return Stream.of(
                Arguments.of("an unreadable JSON body", Role.CITY_CAST, "POST /api/units HTTP/1.1\r\n"
                        + "Content-Type: application/json", "{not json", 400, "validation_failed"),
                Arguments.of("a keyword not percent-encoded as UTF-8", Role.CITY_CAST,
                        "GET /api/units?q=%zz HTTP/1.1", null, 400, "validation_failed"),
                Arguments.of("no token", null, "GET /api/me HTTP/1.1", null, 401, "unauthorized"),
                Arguments.of("a role without the permission", Role.EXPERT, "GET /api/units HTTP/1.1", null, 403,
                        "forbidden"),
                Arguments.of("a record that does not exist", Role.CITY_CAST, "GET /api/units/999999999 HTTP/1.1", null,
                        404, "not_found"),
                Arguments.of("a path no endpoint maps", Role.CITY_CAST, "GET /api/no-such-thing HTTP/1.1", null, 404,
                        "not_found"),
                Arguments.of("an impossible transition", Role.CITY_CAST,
                        "GET /api/test-support/illegal-transition HTTP/1.1", null, 409, "conflict"),
                Arguments.of("a method the endpoint does not take", Role.CITY_CAST, "DELETE /api/units HTTP/1.1",
                        null, 405, "method_not_allowed"),
                Arguments.of("a body that is not JSON", Role.CITY_CAST, "POST /api/units HTTP/1.1\r\n"
                        + "Content-Type: text/plain", "name=x", 415, "unsupported_media_type"),
                Arguments.of("a business rule", Role.COUNTY_CAST, "POST /api/units HTTP/1.1\r\n"
                        + "Content-Type: application/json", "OTHER_COUNTY_UNIT", 422, "business_rule"),
                Arguments.of("a rate limit", Role.CITY_CAST, "GET /api/test-support/too-many HTTP/1.1", null, 429,
                        "too_many_requests"),
                Arguments.of("the database restarting", Role.CITY_CAST, "GET /api/test-support/unavailable HTTP/1.1",
                        null, 503, "unavailable"));
    }

    @ParameterizedTest(name = "{0} → {4}")
    @MethodSource("everyDocumentedStatus")
    void everyErrorIsOneProblemShape(String what, Role role, String head, String body, int status, String error)
            throws Exception {
        String payload = "OTHER_COUNTY_UNIT".equals(body) ? """
                {"name": "外县单位", "creditCode": "%s", "jurisdictionId": %d, "nature": "ENTERPRISE",
                 "businessFields": ["CHEMICAL"], "postcode": "324000"}""".formatted(World.creditCode(),
                world.otherJurisdiction) : body;
        RawHttp.Answer answer = RawHttp.send(port, withToken(head, role),
                payload == null ? null : payload.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(what).isEqualTo(status);
        JsonNode problem = problemOf(answer);
        assertThat(problem.path("error").asString()).isEqualTo(error);
        assertThat(problem.path("code").asString()).isNotBlank();
        assertThat(problem.path("status").asInt()).isEqualTo(status);
    }

    @Test
    void aConflictSaysWhatHappenedInWordsAndKeepsTheKeyAsItsCode() throws Exception {
        JsonNode problem = problemOf(RawHttp.send(port,
                withToken("GET /api/test-support/illegal-transition HTTP/1.1", Role.CITY_CAST), null));
        assertThat(problem.path("message").asString()).isEqualTo("申请书当前状态（已认定）下不能执行此操作（通过）。");
        assertThat(problem.path("code").asString()).isEqualTo("application.error.illegalTransition");
        assertThat(problem.has("field")).isFalse();
    }

    @Test
    void theMessageFollowsTheRequestedLanguage() throws Exception {
        JsonNode problem = problemOf(RawHttp.send(port, withToken("GET /api/test-support/illegal-transition HTTP/1.1"
                + "\r\nAccept-Language: en", Role.CITY_CAST), null));
        assertThat(problem.path("message").asString()).isEqualTo(
                "Not possible in the application's current state (Recognised: Pass).");
    }

    @Test
    void theCallersOwnRequestIdIsEchoedInTheHeaderAndTheBody() throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "GET /api/me HTTP/1.1\r\nX-Request-Id: script-run-7.42", null);
        assertThat(answer.header("X-Request-Id")).isEqualTo("script-run-7.42");
        assertThat(problemOf(answer).path("requestId").asString()).isEqualTo("script-run-7.42");
    }

    @Test
    void aRateLimitAndAnOutageSayWhenToRetry() throws Exception {
        assertThat(RawHttp.send(port, withToken("GET /api/test-support/too-many HTTP/1.1", Role.CITY_CAST), null)
                .header("Retry-After")).isEqualTo("3600");
        RawHttp.Answer outage = RawHttp.send(port, withToken("GET /api/test-support/unavailable HTTP/1.1",
                Role.CITY_CAST), null);
        assertThat(outage.header("Retry-After")).isEqualTo("5");
        assertThat(problemOf(outage).has("reference")).isFalse();
    }

    /** 26 MiB against a 25 MB request limit: the client reads a 413 problem, not a reset connection. */
    @Test
    void anUploadOverTheLimitIsAnswered413WithABody() throws Exception {
        String boundary = "b0undary";
        byte[] start = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] end = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] body = new byte[26 * 1024 * 1024];
        Arrays.fill(body, (byte) 'x');
        System.arraycopy(start, 0, body, 0, start.length);
        System.arraycopy(end, 0, body, body.length - end.length, end.length);
        RawHttp.Answer answer = RawHttp.send(port, withToken("POST /api/applications/1/attachments HTTP/1.1\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary, Role.APPLICANT), body);
        assertThat(answer.status()).isEqualTo(413);
        JsonNode problem = problemOf(answer);
        assertThat(problem.path("error").asString()).isEqualTo("payload_too_large");
        assertThat(problem.path("message").asString()).contains("20 MB").contains("25 MB");
    }

    private JsonNode problemOf(RawHttp.Answer answer) throws IOException {
        assertThat(answer.header("Content-Type")).as(answer.body()).startsWith(ApiProblem.MEDIA_TYPE);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("message").asString()).isNotBlank().doesNotContain("??").doesNotContain("api.error");
        assertThat(problem.path("requestId").asString()).isNotBlank().isEqualTo(answer.header("X-Request-Id"));
        return problem;
    }

    private String withToken(String head, Role role) {
        return role == null ? head : head + "\r\nAuthorization: Bearer " + ApiTokens.of(role, world, tokens);
    }
}
