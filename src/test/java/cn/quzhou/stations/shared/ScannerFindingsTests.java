package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.audit.AuditEntry;
import cn.quzhou.stations.audit.AuditQuery;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.RawHttp;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue #18: the six ways a scanner (wapiti, sqlmap) reached the database with input nobody checked, each a 500 then.
 * Each is now refused at the edge in words — a message at the field, the usual sign-in error, or a problem naming
 * the field — and a failed sign-in with any name is audited.
 */
class ScannerFindingsTests extends PlatformTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Each sign-in comes from its own address, so that no other test's failures slow it down. */
    private static final AtomicInteger ADDRESS = new AtomicInteger(1);

    @Autowired
    AccessTokens tokens;

    @Autowired
    AuditTrail audit;

    @BeforeEach
    void world() {
        world.ensure();
    }

    static Stream<Arguments> userNamesNoTableHolds() {
        String run = Long.toString(System.nanoTime(), 36);
        return Stream.of(
                Arguments.of("a NUL in the name", "nul" + run + "\u0000admin", "nul" + run + "admin"),
                Arguments.of("65 characters", "a" + run + "x".repeat(64 - run.length()),
                        ("a" + run + "x".repeat(64 - run.length())).substring(0, 64)),
                Arguments.of("1,000 characters", "k" + run + "长".repeat(999 - run.length()),
                        ("k" + run + "长".repeat(999 - run.length())).substring(0, 64)));
    }

    @ParameterizedTest(name = "a sign-in with {0} is refused as usual and audited")
    @MethodSource("userNamesNoTableHolds")
    void aSignInWithAUserNameNoTableHoldsIsRefusedAsUsualAndAudited(String what, String name, String audited)
            throws Exception {
        String from = "198.51.100." + ADDRESS.getAndIncrement();
        MockHttpServletResponse answer = mvc.perform(post("/login").with(csrf()).param("username", name)
                .param("password", "Wrong@2026pass").with(r -> {
                    r.setRemoteAddr(from);
                    return r;
                })).andReturn().getResponse();
        assertThat(answer.getStatus()).as(what).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/login?error=credentials");
        List<AuditEntry> failures = as(world.user(Role.AUDIT_ADMIN), () -> audit.search(
                new AuditQuery(audited, "signin", null, null, null, null), 0, 10).entries());
        assertThat(failures).as(what).singleElement()
                .satisfies(e -> assertThat(e.outcome().name()).isEqualTo("FAILURE"));
    }

    static Stream<Arguments> pagesWithANulInAFilter() {
        return Stream.of(
                Arguments.of(Role.CITY_CAST, "/units", "q"),
                Arguments.of(Role.CITY_CAST, "/applications", "q"),
                Arguments.of(Role.AUDIT_ADMIN, "/audit", "actor"),
                Arguments.of(Role.AUDIT_ADMIN, "/audit", "objectType"));
    }

    /** A page never refuses a list: the filter it cannot use is dropped (the nearest valid value), no server error. */
    @ParameterizedTest(name = "{1}?{2}=a<NUL>")
    @MethodSource("pagesWithANulInAFilter")
    void aNulInAPageFilterShowsThePageWithoutIt(Role role, String page, String parameter) throws Exception {
        MockHttpServletResponse answer = mvc.perform(get(page).param(parameter, "a\u0000")
                .with(user(world.user(role)))).andReturn().getResponse();
        assertThat(answer.getStatus()).as(answer.getContentAsString()).isEqualTo(200);
        assertThat(answer.getContentAsString()).doesNotContain("\u0000");
    }

    static Stream<Arguments> apiFiltersWithANul() {
        return Stream.of(
                Arguments.of(Role.CITY_CAST, "/api/units", "q"),
                Arguments.of(Role.AUDIT_ADMIN, "/api/audit", "actor"),
                Arguments.of(Role.AUDIT_ADMIN, "/api/audit", "objectType"));
    }

    @ParameterizedTest(name = "GET {1}?{2}=a%00 → 400 naming {2}")
    @MethodSource("apiFiltersWithANul")
    void aNulInAnApiFilterIsA400NamingTheParameter(Role role, String path, String parameter) throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "GET " + path + "?" + parameter + "=a%00 HTTP/1.1"
                + "\r\nAuthorization: Bearer " + ApiTokens.of(role, world, tokens), null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(JSON.readTree(answer.body()).path("fields").has(parameter)).as(answer.body()).isTrue();
    }

    @Test
    void aNulInAJsonStringIsA400NamingTheField() throws Exception {
        JsonNode problem = postApplication("{\"stationName\":\"a\\u0000b\",\"applicationDate\":\"2026-05-01\"}", 400);
        assertThat(problem.path("fields").path("stationName").asString()).contains("控制字符");
    }

    @Test
    void aSocietyThatDoesNotExistIsA422NamingIt() throws Exception {
        JsonNode problem = postApplication("{\"stationName\":\"无此学会服务站\",\"societyId\":987654321}", 422);
        assertThat(problem.path("field").asString()).isEqualTo("societyId");
        assertThat(problem.path("fields").has("societyId")).isTrue();
    }

    static Stream<Arguments> expertRowsWithoutAName() {
        return Stream.of(Arguments.of("/applications/new", "title", "教授"),
                Arguments.of("/applications/new", "field", "化工"),
                Arguments.of("/applications/paper/new", "title", "研究员"),
                Arguments.of("/applications/paper/new", "organisation", "浙江大学"));
    }

    @ParameterizedTest(name = "{0}: an expert row with a {1} but no name")
    @MethodSource("expertRowsWithoutAName")
    void anExpertRowWithoutANameShowsTheFormAgainWithEverythingKept(String path, String column, String value)
            throws Exception {
        boolean paper = path.contains("paper");
        MockHttpServletRequestBuilder request = post(path).param("stationName", "保留所填内容服务站")
                .param("contactName", "王保留").param("experts[0].name", "李专家").param("experts[0].title", "高工")
                .param("experts[1]." + column, value).param("action", "save").with(csrf())
                .with(user(world.user(paper ? Role.COUNTY_CAST : Role.APPLICANT)));
        if (paper) {
            request.param("unitId", String.valueOf(world.homeUnit.getId()));
        }
        MockHttpServletResponse page = mvc.perform(request).andReturn().getResponse();
        assertThat(page.getStatus()).as(page.getContentAsString()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("保留所填内容服务站", "王保留", "李专家", value)
                .contains("请填写专家姓名")
                .containsPattern("id=\"experts1\\.name\"[^>]*is-invalid|is-invalid[^>]*id=\"experts1\\.name\"");
    }

    private JsonNode postApplication(String body, int status) throws Exception {
        RawHttp.Answer answer = RawHttp.send(port, "POST /api/applications HTTP/1.1\r\nContent-Type: application/json"
                + "\r\nAuthorization: Bearer " + ApiTokens.of(Role.APPLICANT, world, tokens),
                body.getBytes(StandardCharsets.UTF_8));
        assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        assertThat(answer.header("Content-Type")).startsWith(ApiProblem.MEDIA_TYPE);
        return JSON.readTree(answer.body());
    }
}
