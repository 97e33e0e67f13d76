package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.audit.AuditQuery;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.HttpBrowser;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The JSON API: bearer tokens only, no session, data scope as on the pages, JSON errors, OpenAPI. */
class JsonApiTests extends PlatformTest {

    @Autowired
    AccessTokens tokens;

    @Autowired
    AuditTrail auditTrail;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    void meDescribesTheAccountItsRolesPermissionsAndScope() throws Exception {
        call(Role.COUNTY_CAST, get("/api/me")).andExpect(status().isOk())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(jsonPath("$.username").value(world.username(Role.COUNTY_CAST)))
                .andExpect(jsonPath("$.roles").value(hasItem("COUNTY_CAST")))
                .andExpect(jsonPath("$.permissions").value(hasItem("unit:manage")))
                .andExpect(jsonPath("$.scope.kind").value("JURISDICTION"))
                .andExpect(jsonPath("$.scope.jurisdictionId").value(world.homeJurisdiction));
    }

    @Test
    void withoutATokenTheApiAnswers401WithABearerChallenge() throws Exception {
        mvc.perform(get("/api/units")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.error").value("unauthorized"))
                .andExpect(jsonPath("$.message").value(containsString("Authorization: Bearer")));
    }

    @Test
    void aBrowserSessionCookieAloneDoesNotAuthenticateTheApi() throws Exception {
        var browser = new HttpBrowser(baseUrl());
        String login = browser.get("/login").body();
        browser.postForm("/login", Map.of("username", world.username(Role.CITY_CAST), "password", World.PASSWORD,
                "_csrf", HttpBrowser.csrfToken(login)));
        assertThat(browser.get("/units").statusCode()).isEqualTo(200);
        HttpResponse<String> api = browser.get("/api/units");
        assertThat(api.statusCode()).isEqualTo(401);
        assertThat(api.body()).contains("\"error\":\"unauthorized\"");
    }

    @Test
    void theApiNeitherCreatesNorSetsASession() throws Exception {
        MvcResult result = call(Role.CITY_CAST, get("/api/units")).andExpect(status().isOk()).andReturn();
        assertThat(result.getRequest().getSession(false)).isNull();
        assertThat(result.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void aPostWithABearerTokenNeedsNoCsrfTokenAndAnswers201WithTheLocation() throws Exception {
        String location = call(Role.CITY_CAST, post("/api/units").contentType(MediaType.APPLICATION_JSON)
                        .content(ApiAccessEntries.unitJson(world.otherJurisdiction, World.creditCode())))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.jurisdictionName").value("柯城区"))
                .andReturn().getResponse().getHeader("Location");
        assertThat(location).matches(".*/api/units/\\d+");
        call(Role.CITY_CAST, get(URI.create(location).getPath())).andExpect(status().isOk())
                .andExpect(jsonPath("$.jurisdictionName").value("柯城区"));
    }

    @Test
    void theSameFormPostWithASessionButNoCsrfTokenIsStillRefusedOnThePages() throws Exception {
        mvc.perform(post("/units/new").with(user(world.user(Role.CITY_CAST))).param("name", "无令牌单位"))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherCountysUnitIsNotFoundForTheCountyReviewerAndTheApplicant() throws Exception {
        long other = world.otherUnit.getId();
        for (Role role : new Role[] {Role.COUNTY_CAST, Role.APPLICANT}) {
            call(role, get("/api/units/{id}", other)).andExpect(status().isNotFound())
                    .andExpect(jsonPath("$.status").value(404))
                    .andExpect(jsonPath("$.error").value("not_found"))
                    .andExpect(jsonPath("$.message").value("记录不存在，或不在您的权限范围内。"));
            // the list pages: each unit asked for by its credit code, so it is found on a busy database
            call(role, get("/api/units").param("q", world.otherUnit.getCreditCode())).andExpect(status().isOk())
                    .andExpect(jsonPath("$.total").value(0))
                    .andExpect(content().string(not(containsString("\"creditCode\":\"" + world.otherUnit.getCreditCode()))));
            call(role, get("/api/units").param("q", world.homeUnit.getCreditCode())).andExpect(status().isOk())
                    .andExpect(content().string(containsString("\"creditCode\":\"" + world.homeUnit.getCreditCode())));
        }
        call(Role.APPLICANT, get("/api/units/{id}", world.homeUnit.getId())).andExpect(status().isOk())
                .andExpect(jsonPath("$.creditCode").value(world.homeUnit.getCreditCode()));
        call(Role.CITY_TALENT, get("/api/units/{id}", other)).andExpect(status().isOk());
    }

    @Test
    void aCountyOfficeRegisteringAUnitInAnotherJurisdictionGets422WithTheFieldAndTheReason() throws Exception {
        call(Role.COUNTY_CAST, post("/api/units").contentType(MediaType.APPLICATION_JSON)
                        .content(ApiAccessEntries.unitJson(world.otherJurisdiction, World.creditCode())))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("business_rule"))
                .andExpect(jsonPath("$.field").value("jurisdictionId"))
                .andExpect(jsonPath("$.message").value("只能登记本辖区的单位。"));
    }

    @Test
    void validationErrorsNameEachFieldInChineseAndInEnglishOnRequest() throws Exception {
        String invalid = """
                {"name": "", "creditCode": "123", "jurisdictionId": null, "businessFields": [], "postcode": "12"}""";
        call(Role.CITY_CAST, post("/api/units").contentType(MediaType.APPLICATION_JSON).content(invalid))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.error").value("validation_failed"))
                .andExpect(jsonPath("$.fields.name").value("此项必填。"))
                .andExpect(jsonPath("$.fields.creditCode").value("统一社会信用代码格式或校验码不正确。"))
                .andExpect(jsonPath("$.fields.jurisdictionId").value("此项必填。"))
                .andExpect(jsonPath("$.fields.businessFields").value("请至少选择一项。"))
                .andExpect(jsonPath("$.fields.postcode").value("邮编应为 6 位数字。"));
        call(Role.CITY_CAST, post("/api/units").contentType(MediaType.APPLICATION_JSON).content(invalid)
                        .header("Accept-Language", "en-GB,en;q=0.8"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fields.name").value("This field is required."))
                .andExpect(jsonPath("$.message").value("The submitted data is invalid; check the fields."));
    }

    @Test
    void anUnreadableBodyIsABadRequest() throws Exception {
        call(Role.CITY_CAST, post("/api/units").contentType(MediaType.APPLICATION_JSON).content("{not json"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.error").value("validation_failed"))
                .andExpect(jsonPath("$.fields.body").exists());
    }

    @Test
    void aRoleWithoutThePermissionGetsJson403AndTheRefusalIsAudited() throws Exception {
        call(Role.EXPERT, get("/api/units")).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.status").value(403))
                .andExpect(jsonPath("$.error").value("forbidden"));
        var rows = as(world.user(Role.AUDIT_ADMIN), () -> auditTrail.search(
                new AuditQuery(world.username(Role.EXPERT), "access.denied", null, null, null, null), 0, 50).entries());
        assertThat(rows).anySatisfy(e -> assertThat(e.summary()).isEqualTo("GET /api/units"));
    }

    @Test
    void anUnexpectedErrorAnswers500WithAReferenceAndNoDetail() throws Exception {
        String body = call(Role.CITY_CAST, get("/api/test-support/fail")).andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.error").value("server_error"))
                .andExpect(jsonPath("$.reference").value(org.hamcrest.Matchers.matchesPattern("[0-9A-F]{8}")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("secret-internal-detail-42").doesNotContain("IllegalStateException")
                .doesNotContain("at cn.quzhou");
    }

    @Test
    void anImpossibleTransitionAnswers409WithItsReason() throws Exception {
        call(Role.CITY_CAST, get("/api/test-support/conflict")).andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value("conflict"))
                .andExpect(jsonPath("$.message").value("该记录已被他人修改，请刷新后重试。"));
    }

    @Test
    void theOpenApiDescriptionIsPublicJsonListingOnlyTheApiWithABearerScheme() throws Exception {
        HttpResponse<String> docs = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl() + "/v3/api-docs")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.info.title").value("学会服务站管理平台 API"))
                .andExpect(jsonPath("$.paths['/api/units']").exists())
                .andExpect(jsonPath("$.paths['/api/units/{id}']").exists())
                .andExpect(jsonPath("$.paths['/api/me']").exists())
                .andExpect(jsonPath("$.paths['/units']").doesNotExist())
                .andExpect(jsonPath("$.paths['/api/units'].get.summary").value(containsString("单位列表")))
                .andExpect(jsonPath("$.components.securitySchemes.bearer.scheme").value("bearer"))
                .andExpect(jsonPath("$.security[0].bearer").exists());
        mvc.perform(get("/v3/api-docs").header("Accept-Language", "en"))
                .andExpect(jsonPath("$.paths['/api/units'].get.summary").value(containsString("Host units")));
    }

    private ResultActions call(Role role, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(ApiTokens.bearer(request, ApiTokens.of(role, world, tokens)));
    }
}
