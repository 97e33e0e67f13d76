package cn.quzhou.stations.application;

import static org.hamcrest.Matchers.hasKey;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import tools.jackson.databind.json.JsonMapper;

/** An API client drafts, attaches, submits; reviewers decide; conflicts answer 409 — under the pages' rules. */
class ApplicationApiTests extends PlatformTest {

    @Autowired
    AccessTokens tokens;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    JsonMapper json;

    @BeforeEach
    void setUp() {
        world.ensure();
    }

    @Test
    void aClientDraftsAttachesAndSubmitsAndIsToldEveryMissingField() throws Exception {
        var society = fixtures.newSociety(SocietyLevel.NATIONAL);
        String created = call(Role.APPLICANT, post("/api/applications").contentType(MediaType.APPLICATION_JSON)
                .content("{\"stationName\":\"接口服务站\"}"))
                .andExpect(status().isCreated()).andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        call(Role.APPLICANT, post("/api/applications/{id}/submit", id).param("version", "0"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value("incomplete"))
                .andExpect(jsonPath("$.fields", hasKey("agreement")))
                .andExpect(jsonPath("$.fields.contactName").value("此项必填。"));
        call(Role.APPLICANT, multipart("/api/applications/{id}/attachments", id)
                .file(new MockMultipartFile("file", "协议.pdf", "application/pdf", TestFiles.pdf())).param("kind", "AGREEMENT"))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.kind").value("AGREEMENT"));
        String body = json.writeValueAsString(fixtures.completeDraft("接口服务站", society));
        String saved = call(Role.APPLICANT, org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .put("/api/applications/{id}", id).param("version", "0").contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        int version = json.readTree(saved).get("version").asInt();
        call(Role.APPLICANT, post("/api/applications/{id}/submit", id).param("version", String.valueOf(version)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COUNTY_CAST_REVIEW"));
    }

    @Test
    void aSecondDecisionOnTheSameVersionIsAConflict() throws Exception {
        long id = fixtures.submittedHome("接口冲突服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        String decision = "{\"decision\":\"PASS\",\"opinion\":\"同意\",\"sealConfirmed\":true,\"version\":%d}";
        int version = as(world.user(Role.COUNTY_CAST), () -> fixtures.version(id));
        call(Role.COUNTY_CAST, post("/api/applications/{id}/decisions", id).contentType(MediaType.APPLICATION_JSON)
                .content(decision.formatted(version)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("COUNTY_TALENT_RECOGNITION"));
        call(Role.COUNTY_TALENT, post("/api/applications/{id}/decisions", id).contentType(MediaType.APPLICATION_JSON)
                .content(decision.formatted(version)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.message").value("该申请书已被他人处理，请刷新后查看最新状态。"));
    }

    @Test
    void anImpossibleTransitionIsAConflictWithItsReason() throws Exception {
        long id = fixtures.submittedHome("接口不可能服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        int version = fixtures.version(id);
        call(Role.APPLICANT, post("/api/applications/{id}/submit", id).param("version", String.valueOf(version)))
                .andExpect(status().isNotFound());
        call(Role.COUNTY_CAST, post("/api/applications/{id}/decisions", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"REJECT\",\"opinion\":\"不符合条件\",\"sealConfirmed\":true,\"version\":" + version + "}"))
                .andExpect(status().isOk());
        call(Role.COUNTY_TALENT, post("/api/applications/{id}/decisions", id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"decision\":\"PASS\",\"opinion\":\"同意\",\"sealConfirmed\":true,\"version\":" + (version + 1) + "}"))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.error").value("conflict"));
    }

    @Test
    void anotherCountysApplicationIsNotFoundThroughTheApi() throws Exception {
        long id = fixtures.submittedCityDirect("接口外地服务站", fixtures.newSociety(SocietyLevel.NATIONAL));
        call(Role.COUNTY_CAST, get("/api/applications/{id}", id)).andExpect(status().isNotFound());
        call(Role.APPLICANT, get("/api/applications/{id}", id)).andExpect(status().isNotFound());
        call(Role.CITY_CAST, get("/api/applications/{id}", id)).andExpect(status().isOk());
    }

    @Test
    void staffEnterAPaperApplicationForAUnitInScopeAndAnotherCountysUnitIsNotFound() throws Exception {
        call(Role.CITY_CAST, post("/api/applications/paper").param("unitId", String.valueOf(world.cityUnit.getId()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"stationName\":\"接口纸质服务站\"}"))
                .andExpect(status().isCreated()).andExpect(header().string("Location",
                        org.hamcrest.Matchers.matchesRegex(".*/api/applications/\\d+")))
                .andExpect(jsonPath("$.paper").value(true))
                .andExpect(jsonPath("$.enteredBy").isNotEmpty());
        call(Role.COUNTY_CAST, post("/api/applications/paper").param("unitId", String.valueOf(world.otherUnit.getId()))
                .contentType(MediaType.APPLICATION_JSON).content("{\"stationName\":\"接口越权纸质服务站\"}"))
                .andExpect(r -> org.assertj.core.api.Assertions.assertThat(r.getResponse().getStatus()).isIn(403, 404));
    }

    private ResultActions call(Role role, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        return mvc.perform(ApiTokens.bearer(request, ApiTokens.of(role, world, tokens)));
    }
}
