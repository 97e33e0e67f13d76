package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.RawHttp;
import java.nio.charset.StandardCharsets;
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
 * Issue #18: one 400. Whatever is wrong with a request as sent — JSON that does not parse, a value of the wrong type,
 * an enum constant that does not exist, a missing field (primitives included), a bean-validation failure, a query
 * the container cannot decode, a parameter missing — the answer has one shape: {@code validation_failed}, a message
 * asking to check the fields, and {@code fields} naming each field with its words, Chinese unless English is asked
 * for. Three shapes answered before (`validation_failed` with fields, `bad_request` naming nothing, a primitive's
 * absence naming nothing).
 */
class OneBadRequestTests extends PlatformTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String UNIT = """
            {"name":"一个四百单位","creditCode":"91330800MA2A00000X","jurisdictionId":1,"nature":"ENTERPRISE",
             "businessFields":["CHEMICAL"],"postcode":"324000"}""";

    @Autowired
    AccessTokens tokens;

    @BeforeEach
    void world() {
        world.ensure();
    }

    static Stream<Arguments> everyKindOfBadRequest() {
        return Stream.of(
                Arguments.of("malformed JSON", Role.CITY_CAST, "POST /api/units", "{not json", "body", "JSON 对象"),
                Arguments.of("an empty body", Role.CITY_CAST, "POST /api/units", "", "body", "JSON 对象"),
                Arguments.of("an array for the command", Role.CITY_CAST, "POST /api/units", "[]", "body", "JSON 对象"),
                Arguments.of("a wrong type", Role.CITY_CAST, "POST /api/units",
                        UNIT.replace("\"jurisdictionId\":1", "\"jurisdictionId\":\"衢州\""), "jurisdictionId", "格式不正确"),
                Arguments.of("an unknown enum constant", Role.CITY_CAST, "POST /api/units",
                        UNIT.replace("ENTERPRISE", "PIRATE"), "nature", "格式不正确"),
                Arguments.of("a bean-validation failure", Role.CITY_CAST, "POST /api/units",
                        UNIT.replace("一个四百单位", ""), "name", "此项必填"),
                Arguments.of("a missing int version", Role.COUNTY_CAST, "POST /api/applications/999999999/decisions",
                        "{\"decision\":\"PASS\",\"opinion\":\"同意\",\"sealConfirmed\":true}", "version", "此项必填"),
                Arguments.of("a missing boolean sealConfirmed", Role.CITY_CAST, "POST /api/panels/999999999/submit",
                        "{\"version\":0}", "sealConfirmed", "此项必填"),
                Arguments.of("a missing boolean recommend", Role.CITY_CAST, "POST /api/panels/999999999/list",
                        "{\"decisions\":[{\"applicationId\":1,\"reason\":\"好\"}],\"sealConfirmed\":true,\"version\":0}",
                        "decisions[0].recommend", "此项必填"),
                Arguments.of("a missing int version of a resolution", Role.CITY_CAST,
                        "POST /api/notices/objections/999999999/resolution", "{\"upheld\":false,\"reason\":\"不成立\"}",
                        "version", "此项必填"),
                Arguments.of("a query that is not UTF-8", Role.CITY_CAST, "GET /api/units?page=1&q=%zz", null, "q",
                        "UTF-8"),
                Arguments.of("a parameter of the wrong type", Role.CITY_CAST, "GET /api/applications?year=twenty", null,
                        "year", "year"),
                Arguments.of("a NUL in a parameter", Role.CITY_CAST, "GET /api/units?q=a%00", null, "q", "控制字符"),
                Arguments.of("a required parameter missing", Role.APPLICANT, "PUT /api/applications/999999999",
                        "{}", "version", "此项必填"));
    }

    @ParameterizedTest(name = "{0} → 400 naming {4}")
    @MethodSource("everyKindOfBadRequest")
    void everyBadRequestHasOneShapeNamingTheField(String what, Role role, String head, String body, String field,
                                                  String words) throws Exception {
        JsonNode problem = send(role, head, body, null);
        assertThat(problem.path("status").asInt()).as(what).isEqualTo(400);
        assertThat(problem.path("error").asString()).as(what).isEqualTo("validation_failed");
        assertThat(problem.path("message").asString()).isEqualTo("提交的数据有误，请检查各字段。");
        assertThat(problem.path("code").asString()).isNotBlank();
        assertThat(problem.has("field")).as("a 400 names its fields in fields only").isFalse();
        assertThat(problem.path("fields").path(field).asString()).as(what + ": " + problem).contains(words);
    }

    @Test
    void theEnglishSwitchTranslatesTheFieldsToo() throws Exception {
        JsonNode problem = send(Role.COUNTY_CAST, "POST /api/applications/999999999/decisions",
                "{\"decision\":\"PASS\",\"opinion\":\"同意\"}", "en");
        assertThat(problem.path("message").asString()).isEqualTo("The submitted data is invalid; check the fields.");
        assertThat(problem.path("fields").path("sealConfirmed").asString()).isEqualTo("This field is required.");
    }

    @Test
    void aConflictKeepsItsKeyInCodeAndItsWordsInMessage() throws Exception {
        JsonNode problem = send(Role.CITY_CAST, "GET /api/test-support/illegal-transition", null, null);
        assertThat(problem.path("status").asInt()).isEqualTo(409);
        assertThat(problem.path("code").asString()).isEqualTo("application.error.illegalTransition");
        assertThat(problem.path("message").asString()).contains("已认定").doesNotContain("application.error");
    }

    @Test
    void aRuleNamingAFieldNamesItInFieldsAsA400Would() throws Exception {
        JsonNode problem = send(Role.APPLICANT, "POST /api/applications",
                "{\"stationName\":\"无此学会服务站\",\"societyId\":987654321}", null);
        assertThat(problem.path("status").asInt()).isEqualTo(422);
        assertThat(problem.path("field").asString()).isEqualTo("societyId");
        assertThat(problem.path("fields").path("societyId").asString()).isEqualTo(problem.path("message").asString());
    }

    private JsonNode send(Role role, String head, String body, String language) throws Exception {
        String headers = head + " HTTP/1.1\r\nAuthorization: Bearer " + ApiTokens.of(role, world, tokens)
                + (body == null ? "" : "\r\nContent-Type: application/json")
                + (language == null ? "" : "\r\nAccept-Language: " + language);
        RawHttp.Answer answer = RawHttp.send(port, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.header("Content-Type")).as(answer.body()).startsWith(ApiProblem.MEDIA_TYPE);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("requestId").asString()).isEqualTo(answer.header("X-Request-Id"));
        return problem;
    }
}
