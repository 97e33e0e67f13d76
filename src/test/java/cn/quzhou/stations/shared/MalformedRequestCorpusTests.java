package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.RawHttp;
import cn.quzhou.stations.testsupport.World;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #13: malformed requests, as an integrator's script or a hostile client sends them, against every creating
 * endpoint and the searchable lists, over real HTTP. None may answer 5xx, none may create anything (every answer is
 * a 4xx), and every answer is application/problem+json with a message in words.
 */
class MalformedRequestCorpusTests extends PlatformTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Where a malformed byte sequence is spliced into the UTF-8 of a body. */
    private static final String RAW = "@@RAW@@";

    @Autowired
    AccessTokens tokens;

    @BeforeEach
    void world() {
        world.ensure();
    }

    /**
     * A creating endpoint and a body of it with placeholders: §T a text value, §D a date, §L a list of ids, §S a
     * reference to another record; each is filled with a sane value unless it is the one the row spoils.
     */
    record Endpoint(String name, Role role, String head, String template) {
    }

    static List<Endpoint> creatingEndpoints() {
        return List.of(
                new Endpoint("unit", Role.CITY_CAST, "POST /api/units", """
                        {"name":§T,"creditCode":"%s","jurisdictionId":1,"nature":"ENTERPRISE",
                         "businessFields":["CHEMICAL"],"postcode":"324000"}""".formatted(World.creditCode())),
                new Endpoint("application", Role.APPLICANT, "POST /api/applications", """
                        {"stationName":§T,"applicationDate":§D,"societyId":§S}"""),
                new Endpoint("panel", Role.CITY_CAST, "POST /api/panels", """
                        {"name":§T,"year":2026,"expertIds":§L,"applicationIds":[1]}"""),
                new Endpoint("notice", Role.CITY_CAST, "POST /api/notices", """
                        {"title":§T,"startDate":§D,"endDate":"2026-06-30","applicationIds":§L}"""),
                new Endpoint("expert", Role.CITY_CAST, "POST /api/experts", """
                        {"name":§T,"field":"化工","organisation":"某研究院","societyIds":§L}"""),
                new Endpoint("society", Role.CITY_CAST, "POST /api/societies", """
                        {"name":§T,"level":"PROVINCIAL"}"""),
                new Endpoint("round", Role.CITY_CAST, "POST /api/evaluations", """
                        {"year":2099,"reportDeadline":§D}"""),
                new Endpoint("round experts", Role.CITY_CAST, "POST /api/evaluations/2026/experts", """
                        {"expertIds":§L}"""),
                new Endpoint("feedback", Role.SOCIETY_CONTACT, "POST /api/society/stations/999999999/feedback", """
                        {"givenOn":§D,"rating":"GOOD","text":§T}"""),
                new Endpoint("evidence", Role.APPLICANT, "POST /api/stations/999999999/evidence", """
                        {"year":2026,"kind":"ACTIVITY","occurredOn":§D,"description":§T}"""),
                new Endpoint("expense", Role.APPLICANT, "POST /api/funding/ledgers/999999999/expenses", """
                        {"entryDate":§D,"amount":1,"category":"X","payee":§T,"purpose":"x"}"""),
                new Endpoint("correction", Role.CITY_CAST,
                        "POST /api/evaluations/results/stations/999999999/corrections", """
                        {"year":2026,"total":1,"reason":§T}"""),
                new Endpoint("payment", Role.CITY_CAST, "POST /api/funding/stations/999999999/years/2026/payment", """
                        {"paidOn":§D,"amount":1,"documentNumber":§T,"bankReference":"b"}"""));
    }

    /** A way to spoil a body: which placeholder, and with what. */
    record Spoil(String name, String placeholder, String value, byte[] raw, int expected) {
        static Spoil text(String name, String value, int expected) {
            return new Spoil(name, "§T", value, null, expected);
        }

        static Spoil bytes(String name, String placeholder, byte[] raw) {
            return new Spoil(name, placeholder, "\"a" + RAW + "b\"", raw, 400);
        }
    }

    static List<Spoil> spoils() {
        String tenThousand = IntStream.rangeClosed(1, 10_000).mapToObj(Integer::toString)
                .collect(Collectors.joining(",", "[", "]"));
        return List.of(
                Spoil.text("an escaped NUL", "\"a\\u0000b\"", 400),
                Spoil.text("an escaped bell", "\"a\\u0007b\"", 400),
                Spoil.text("an escaped escape", "\"\\u001b[31m\"", 400),
                Spoil.text("a C1 control", "\"a\\u0085b\"", 400),
                Spoil.text("a lone high surrogate", "\"a\\ud800b\"", 400),
                Spoil.text("a lone low surrogate", "\"\\udc00\"", 400),
                Spoil.text("an object for a text", "{\"a\":1}", 400),
                Spoil.text("a megabyte of text", "\"" + "长".repeat(1_000_000) + "\"", 400),
                Spoil.bytes("a raw NUL byte", "§T", new byte[] {0}),
                Spoil.bytes("invalid UTF-8", "§T", new byte[] {(byte) 0xC3, 0x28}),
                Spoil.bytes("overlong UTF-8 for /", "§T", new byte[] {(byte) 0xC0, (byte) 0xAF}),
                Spoil.bytes("a UTF-8 encoded surrogate", "§T", new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}),
                Spoil.bytes("a byte never in UTF-8", "§T", new byte[] {(byte) 0xFF}),
                new Spoil("the date +999999999-12-31", "§D", "\"+999999999-12-31\"", null, 400),
                new Spoil("year 57440", "§D", "\"57440-01-01\"", null, 400),
                new Spoil("year -1", "§D", "\"-0001-01-01\"", null, 400),
                new Spoil("1999-12-31", "§D", "\"1999-12-31\"", null, 400),
                new Spoil("2101-01-01", "§D", "\"2101-01-01\"", null, 400),
                new Spoil("February 30th", "§D", "\"2026-02-30\"", null, 400),
                new Spoil("month 13", "§D", "\"2026-13-01\"", null, 400),
                new Spoil("a word for a date", "§D", "\"yesterday\"", null, 400),
                new Spoil("a NUL in a date", "§D", "\"2026-01-01\\u0000\"", null, 400),
                new Spoil("10,000 ids", "§L", tenThousand, null, 400),
                new Spoil("an id that is text", "§L", "[\"x\"]", null, 400),
                new Spoil("an object for a list", "§L", "{}", null, 400),
                new Spoil("a society that does not exist", "§S", "999999999", null, 422));
    }

    /** Bodies wrong as a whole, for every endpoint. */
    static List<Spoil> wholeBodies() {
        return List.of(
                new Spoil("an empty body", null, "", null, 400),
                new Spoil("a truncated body", null, "{\"name\":", null, 400),
                new Spoil("an array", null, "[]", null, 400),
                new Spoil("null", null, "null", null, 400),
                new Spoil("nesting 5,000 deep", null, "[".repeat(5000) + "]".repeat(5000), null, 400));
    }

    static Stream<Arguments> corpus() {
        List<Arguments> rows = new ArrayList<>();
        for (Endpoint endpoint : creatingEndpoints()) {
            for (Spoil spoil : spoils()) {
                if (endpoint.template().contains(spoil.placeholder())) {
                    rows.add(Arguments.of(endpoint.name() + ": " + spoil.name(), endpoint, spoil));
                }
            }
            for (Spoil spoil : wholeBodies()) {
                rows.add(Arguments.of(endpoint.name() + ": " + spoil.name(), endpoint, spoil));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void aMalformedCommandIsRefusedAsAProblemNeverA5xx(String what, Endpoint endpoint, Spoil spoil) throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, endpoint.head() + " HTTP/1.1\r\nContent-Type: application/json"
                + "\r\nIdempotency-Key: corpus-" + what.hashCode()
                + "\r\nAuthorization: Bearer " + ApiTokens.of(endpoint.role(), world, tokens), body(endpoint, spoil));
        assertThat(answer.status()).as(what + ": " + answer.body()).isBetween(400, 499);
        JsonNode problem = problemOf(answer, what);
        if (spoil.expected() == 422 && endpoint.template().contains("§S")) {
            assertThat(answer.status()).as(what).isEqualTo(422);
            assertThat(problem.path("field").asString()).isEqualTo("societyId");
        }
        if ("§T".equals(spoil.placeholder()) && spoil.name().contains("escaped")) {
            assertThat(answer.status()).as(what).isEqualTo(400);
        }
    }

    static Stream<Arguments> lists() {
        List<Arguments> rows = new ArrayList<>();
        for (String list : List.of("/api/units", "/api/applications", "/api/stations", "/api/notices",
                "/api/societies", "/api/evaluations/results")) {
            for (String q : List.of("%zz", "%", "%ED%A0%80", "%C0%AF", "a%00b", "%FF", "%E4%B8", "%1B%5B31m")) {
                rows.add(Arguments.of(list + "?q=" + q));
            }
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "GET {0}")
    @MethodSource("lists")
    void aKeywordThatIsNotTextIsA400(String target) throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "GET " + target + " HTTP/1.1\r\nAuthorization: Bearer "
                + ApiTokens.of(Role.CITY_CAST, world, tokens), null);
        assertThat(answer.status()).as(target + ": " + answer.body()).isEqualTo(400);
        problemOf(answer, target);
    }

    static Stream<Arguments> uploads() {
        String head = "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"%s\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%%PDF-1.4 x\r\n";
        return Stream.of(
                Arguments.of("a NUL in the file name", (head.formatted("a\u0000.pdf") + "--B--\r\n"), "B"),
                Arguments.of("a truncated multipart body", head.formatted("a.pdf").substring(0, 60), "B"),
                Arguments.of("a body without the boundary", "no parts here", "B"),
                Arguments.of("no boundary at all", head.formatted("a.pdf") + "--B--\r\n", null),
                Arguments.of("a control character in the kind", "--B\r\nContent-Disposition: form-data; name=\"kind\""
                        + "\r\n\r\nOTHER\u0007\r\n" + head.formatted("a.pdf").substring(5) + "--B--\r\n", "B"));
    }

    @ParameterizedTest(name = "attachment: {0}")
    @MethodSource("uploads")
    void aMalformedUploadIsRefusedAsAProblem(String what, String body, String boundary) throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "POST /api/applications/999999999/attachments?kind=OTHER HTTP/1.1"
                + "\r\nContent-Type: multipart/form-data" + (boundary == null ? "" : "; boundary=" + boundary)
                + "\r\nAuthorization: Bearer " + ApiTokens.of(Role.APPLICANT, world, tokens),
                body.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(answer.status()).as(what + ": " + answer.body()).isBetween(400, 499);
        problemOf(answer, what);
    }

    private static byte[] body(Endpoint endpoint, Spoil spoil) {
        if (spoil.placeholder() == null) {
            return spoil.value().getBytes(StandardCharsets.UTF_8);
        }
        Function<String, String> sane = s -> s.replace("§T", "\"接口测试\"").replace("§D", "\"2026-05-01\"")
                .replace("§L", "[1]").replace("§S", "null");
        String json = sane.apply(endpoint.template().replace(spoil.placeholder(), spoil.value()));
        byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
        return spoil.raw() == null ? utf8 : splice(utf8, spoil.raw());
    }

    private static byte[] splice(byte[] utf8, byte[] raw) {
        byte[] marker = RAW.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < utf8.length; i++) {
            if (i + marker.length <= utf8.length && new String(utf8, i, marker.length, StandardCharsets.ISO_8859_1)
                    .equals(RAW)) {
                out.writeBytes(raw);
                i += marker.length - 1;
            } else {
                out.write(utf8[i]);
            }
        }
        return out.toByteArray();
    }

    private static JsonNode problemOf(RawHttp.Answer answer, String what) throws Exception {
        assertThat(answer.header("Content-Type")).as(what + ": " + answer.body()).startsWith(ApiProblem.MEDIA_TYPE);
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.path("message").asString()).as(what).isNotBlank().doesNotContain("??")
                .doesNotContain("api.error");
        return problem;
    }
}
