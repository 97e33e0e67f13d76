package cn.quzhou.stations.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiContractCheck;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.RawHttp;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The document tells what the API answers (issue #18): statuses as sent, one problem schema for every error, unique
 * names and ids, real media types — and the validator wrapped around every API test fails on an answer it does not
 * describe.
 */
class ApiContractTests extends PlatformTest {

    @Autowired
    ApiContractCheck check;

    @Autowired
    AccessTokens tokens;

    @Autowired
    SchemaNames names;

    @Autowired
    ApiOperations operations;

    @Test
    void everyApiCallOfAMockMvcTestIsChecked() throws Exception {
        world.ensure();
        int before = check.checked();
        mvc.perform(ApiTokens.bearer(get("/api/me"), ApiTokens.of(Role.CITY_CAST, world, tokens)));
        assertThat(check.checked()).isEqualTo(before + 1);
    }

    @Test
    void everyApiCallOfATestThatTalksToTheRealPortIsCheckedToo() throws Exception {
        int before = check.checked();
        RawHttp.Answer answer = RawHttp.send(port, "GET /api/me HTTP/1.1", null);
        assertThat(answer.status()).isEqualTo(401);
        assertThat(check.checked()).isEqualTo(before + 1);
    }

    @Test
    void theRealPortCheckFailsOnAnAnswerTheOperationDoesNotDescribe() {
        assertThatThrownBy(() -> ApiContractCheck.checkRawAnswer(port, "GET /api/tokens HTTP/1.1\r\nAccept: */*",
                new RawHttp.Answer(418, Map.of("content-type", "application/problem+json"),
                        "{\"status\":418,\"error\":\"teapot\",\"code\":\"teapot\",\"message\":\"I'm a teapot\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("418");
        assertThatThrownBy(() -> ApiContractCheck.checkRawAnswer(port, "GET /api/tokens HTTP/1.1",
                new RawHttp.Answer(200, Map.of("content-type", "application/json"),
                        "[{\"id\":null,\"name\":\"CI\",\"prefix\":\"qzst_ab\",\"status\":\"ACTIVE\"}]")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("id");
    }

    @Test
    void theCheckFailsOnAStatusTheOperationDoesNotList() {
        assertThatThrownBy(() -> check.handle(exchange("GET", "/api/tokens", 418, "application/problem+json",
                "{\"status\":418,\"error\":\"teapot\",\"code\":\"teapot\",\"message\":\"I'm a teapot\"}")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("418");
    }

    @Test
    void theCheckFailsOnANullInAFieldThatIsNeverNull() {
        assertThatThrownBy(() -> check.handle(exchange("GET", "/api/tokens", 200, "application/json",
                "[{\"id\":null,\"name\":\"CI\",\"prefix\":\"qzst_ab\",\"status\":\"ACTIVE\"}]")))
                .isInstanceOf(AssertionError.class).hasMessageContaining("id");
    }

    @Test
    void theCheckPassesTheSameAnswerWithTheFieldFilled() {
        check.handle(exchange("GET", "/api/tokens", 200, "application/json",
                "[{\"id\":7,\"name\":\"CI\",\"prefix\":\"qzst_ab\",\"status\":\"ACTIVE\",\"createdAt\":\"2026-03-02T08:30:00Z\","
                        + "\"expiresAt\":\"2027-03-02T08:30:00Z\",\"lastUsedAt\":null,\"revokedAt\":null}]"));
    }

    @Test
    void aDraftReadAndSentBackUnchangedIsValidBothWays() throws Exception {
        world.ensure();
        String token = ApiTokens.of(Role.APPLICANT, world, tokens);
        String created = mvc.perform(ApiTokens.bearer(post("/api/applications").contentType(MediaType.APPLICATION_JSON)
                .content("{\"stationName\":\"往返服务站\"}"), token)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        Number id = JsonPath.read(created, "$.id");
        String read = mvc.perform(ApiTokens.bearer(get("/api/applications/{id}", id), token))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String draft = new com.fasterxml.jackson.databind.ObjectMapper()
                .writeValueAsString(JsonPath.<Map<String, Object>>read(read, "$.draft"));
        assertThat(draft).contains("null"); // the round trip carries nulls, which the document must accept
        // the check wrapped around mvc validates the answer read and the request sent back (accepted: 2xx)
        mvc.perform(ApiTokens.bearer(put("/api/applications/{id}", id).param("version", "0")
                .contentType(MediaType.APPLICATION_JSON).content(draft), token)).andExpect(status().isOk());
    }

    @ParameterizedTest(name = "{0} {1} documents {2}")
    @CsvSource({
            "post, /api/units, 201",
            "post, /api/applications, 201",
            "post, /api/panels, 201",
            "post, /api/notices, 201",
            "post, /api/notices/{id}/recognition, 201",
            "post, /api/notices/{id}/recognition/confirmation, 201",
            "delete, /api/tokens/{id}, 204",
            "post, /api/panels/sheets/{id}/conflict, 204",
            "post, /api/experts, 201",
            "post, /api/societies, 201"})
    void successAnswersAreDocumentedAsSent(String method, String path, String status) throws Exception {
        Map<String, Object> responses = JsonPath.read(document(), "$.paths['" + path + "']." + method + ".responses");
        assertThat(responses).containsKey(status).doesNotContainKey("200");
        if (status.equals("201") && path.equals("/api/units")) {
            assertThat((Object) JsonPath.read(document(), "$.paths['/api/units'].post.responses.201.headers.Location"))
                    .isNotNull();
        }
    }

    @Test
    void everyOperationListsItsErrorsAsProblems() throws Exception {
        String document = document();
        List<Map<String, Object>> operations = JsonPath.read(document, "$.paths.*.*");
        assertThat(operations).hasSizeGreaterThan(90).allSatisfy(operation -> {
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertThat(responses).containsKeys("400", "401", "403", "404", "500", "503");
        });
        assertThat((Map<String, Object>) JsonPath.read(document, "$.components.responses.Problem404.content"))
                .containsOnlyKeys("application/problem+json");
        assertThat((Map<String, Object>) JsonPath.read(document, "$.components.schemas.Problem.properties"))
                .containsKeys("status", "code", "message", "requestId");
    }

    @Test
    void operationIdsAreStableNamesAndSchemaNamesUnique() throws Exception {
        List<String> ids = JsonPath.read(document(), "$.paths.*.*.operationId");
        assertThat(ids).doesNotHaveDuplicates().noneMatch(id -> id.matches(".*_\\d+$"))
                .contains("unitCreate", "tokenRevoke", "applicationSave");
        assertThat(operations.collisions()).isEmpty();
        assertThat(names.collisions()).isEmpty();
        assertThat((Map<String, Object>) JsonPath.read(document(), "$.components.schemas"))
                .containsKeys("Assignment", "PanelAssignment", "Line", "RecognitionViewLine", "UsageReportLine");
    }

    @Test
    void theProblemSchemaRequiresWhatEveryProblemCarriesAndLeavesTheRestOptional() throws Exception {
        String document = document();
        assertThat((List<String>) JsonPath.read(document, "$.components.schemas.Problem.required"))
                .containsExactlyInAnyOrder("type", "title", "status", "error", "code", "message", "requestId");
        Map<String, Map<String, Object>> properties = JsonPath.read(document,
                "$.components.schemas.Problem.properties");
        // left out of the JSON when empty (@JsonInclude(NON_NULL)), so optional, never null
        assertThat(properties).containsKeys("field", "fields", "reference")
                .allSatisfy((name, property) -> assertThat(property).doesNotContainKey("nullable"));
        assertThat((Map<String, Object>) JsonPath.read(document,
                "$.components.responses.Problem404.content['application/problem+json'].example"))
                .containsEntry("status", 404).containsEntry("error", "not_found").containsKey("requestId");
    }

    @Test
    void everyEnumValueIsExplainedInTheWordsOfItsOwnLabels() throws Exception {
        String document = document();
        List<Map<String, Object>> enums = JsonPath.read(document, "$..[?(@.enum && @.type == 'string')]");
        assertThat(enums).hasSizeGreaterThan(40).allSatisfy(schema -> {
            String description = (String) schema.get("description");
            assertThat(description).as("%s", schema.get("enum")).isNotNull().doesNotContain("{0}")
                    .doesNotContainPattern("[a-z]+\\.[a-zA-Z.]+\\.[A-Z_]+");
            ((List<Object>) schema.get("enum")).stream().filter(java.util.Objects::nonNull)
                    .forEach(value -> assertThat(description).containsPattern(
                            java.util.regex.Pattern.quote(value.toString()) + "(: | — )"));
        });
        // the application's status in the pages' words, not a notification's sentence about it
        assertThat((String) JsonPath.read(document, "$.components.schemas.ApplicationSummary.properties.status"
                + ".description")).contains("DRAFT: 草稿 / Draft").doesNotContain("申请书《");
        assertThat((String) JsonPath.read(document, "$.components.schemas.HostUnitView.properties.jurisdictionKind"
                + ".description")).contains("NEW_CITY: 新城管委会");
    }

    @Test
    void everyListHandlerHasTheListParametersWithTheirBounds() throws Exception {
        String document = document();
        Map<String, Map<String, Object>> units = parameters(document, "/api/units");
        assertThat(units).containsKeys("page", "size", "sort", "q", "nature");
        assertThat(units.get("page")).containsEntry("minimum", 1).containsEntry("default", 1);
        assertThat(units.get("size")).containsEntry("minimum", 1).containsEntry("maximum", 100)
                .containsEntry("default", 20);
        assertThat(units.get("sort")).containsEntry("example", "name,asc");
        assertThat(units.get("q")).containsEntry("maxLength", 100);
        // a keyset list pages by its cursor
        assertThat(parameters(document, "/api/audit")).containsKeys("after", "size", "sort", "q")
                .doesNotContainKey("page");
        assertThat(parameters(document, "/api/evaluations/{year}/participants").get("sort"))
                .containsEntry("example", "station,asc");
    }

    private static Map<String, Map<String, Object>> parameters(String document, String path) {
        List<Map<String, Object>> parameters = JsonPath.read(document,
                "$.paths['" + path + "'].get.parameters");
        Map<String, Map<String, Object>> out = new java.util.LinkedHashMap<>();
        parameters.forEach(p -> out.put((String) p.get("name"), (Map<String, Object>) p.get("schema")));
        return out;
    }

    @Test
    void noContentIsOfAnyType() throws Exception {
        String document = document();
        List<Map<String, Object>> contents = new java.util.ArrayList<>();
        contents.addAll(JsonPath.read(document, "$.paths.*.*.responses.*.content"));
        contents.addAll(JsonPath.read(document, "$.paths.*.*.requestBody.content"));
        contents.addAll(JsonPath.read(document, "$.components.responses.*.content"));
        List<String> types = contents.stream().flatMap(content -> content.keySet().stream()).toList();
        assertThat(types).contains("application/json", "application/problem+json", "application/pdf")
                .doesNotContain("*/*");
    }

    private String document() throws Exception {
        return mvc.perform(get("/v3/api-docs")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MvcResult exchange(String method, String path, int status, String type, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        response.setContentType(type);
        response.setCharacterEncoding("UTF-8");
        response.getContentAsByteArray();
        try {
            response.getWriter().write(body);
            response.getWriter().flush();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        MvcResult result = mock(MvcResult.class);
        when(result.getRequest()).thenReturn(request);
        when(result.getResponse()).thenReturn(response);
        return result;
    }
}
