package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The expert pool and the societies over the API: the page's facade, its rules, contacts masked. */
class ExpertAndSocietyApiTests extends PlatformTest {

    private static final String PHONE = "13312345678";
    private static final String EMAIL = "zhang.expert@example.com";

    @Autowired
    cn.quzhou.stations.organisation.Societies societies;

    @Autowired
    AccessTokens tokens;

    @Autowired
    ExpertPool experts;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    void aCreatedExpertIsAnsweredWithItsContactsMaskedAndStoredInFull() throws Exception {
        String name = "接口专家" + System.nanoTime();
        String body = call(post("/api/experts").contentType(MediaType.APPLICATION_JSON).content(expertJson(name, PHONE)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", org.hamcrest.Matchers.matchesRegex(".*/api/experts/\\d+")))
                .andExpect(jsonPath("$.phone").value("133****5678"))
                .andExpect(jsonPath("$.email").value("z***@example.com"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        assertThat(stored(id).phone()).isEqualTo(PHONE);
        call(get("/api/experts").param("q", name)).andExpect(jsonPath("$.items[0].phone").value("133****5678"))
                .andExpect(jsonPath("$.items[0].email").value("z***@example.com"));
    }

    @Test
    void sendingTheMaskedPhoneBackKeepsTheStoredOneWhileAChangedTitleIsSaved() throws Exception {
        long id = created();
        call(put("/api/experts/{id}", id).param("version", "0").contentType(MediaType.APPLICATION_JSON)
                .content(expertJson(stored(id).name(), "133****5678").replace("研究员", "教授")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.title").value("教授"));
        assertThat(stored(id).phone()).isEqualTo(PHONE);
        assertThat(stored(id).title()).isEqualTo("教授");
    }

    @Test
    void aStaleVersionIsAConflictInWords() throws Exception {
        long id = created();
        call(put("/api/experts/{id}", id).param("version", "7").contentType(MediaType.APPLICATION_JSON)
                .content(expertJson(stored(id).name(), PHONE)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.message").value("该记录已被他人修改，请刷新后重试。"));
    }

    @Test
    void aDeactivatedExpertIsOutOfThePoolAndASecondDeactivationIsAConflict() throws Exception {
        long id = created();
        call(post("/api/experts/{id}/deactivation", id)).andExpect(status().isOk())
                .andExpect(jsonPath("$.active").value(false)).andExpect(jsonPath("$.phone").value("133****5678"));
        assertThat(stored(id).active()).isFalse();
        call(post("/api/experts/{id}/deactivation", id)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.code").value("expert.error.alreadyInactive"))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("已停用")));
    }

    @Test
    void anUnknownSocietyOfAnExpertIs422NamingTheField() throws Exception {
        call(post("/api/experts").contentType(MediaType.APPLICATION_JSON).content("""
                {"name": "无学会专家", "field": "化工", "organisation": "某研究院", "societyIds": [987654321]}"""))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("societyIds"));
    }

    @Test
    void aSocietyIsCreatedThenChangedAtItsVersionAndADuplicateNameIsRefused() throws Exception {
        String name = "接口学会" + System.nanoTime();
        String body = call(post("/api/societies").contentType(MediaType.APPLICATION_JSON).content(societyJson(name)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.level").value("PROVINCIAL"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.id")).longValue();
        call(put("/api/societies/{id}", id).param("version", "0").contentType(MediaType.APPLICATION_JSON)
                .content(societyJson(name).replace("分会", "专委会")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.branch").value("专委会")).andExpect(jsonPath("$.version").value(1));
        call(get("/api/societies/{id}", id)).andExpect(jsonPath("$.branch").value("专委会"));
        call(post("/api/societies").contentType(MediaType.APPLICATION_JSON).content(societyJson(name)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("name"));
    }

    @Test
    void aSocietysPhoneIsAnsweredMaskedToEveryReaderAndSendingItBackMaskedKeepsTheStoredOne() throws Exception {
        String name = "电话学会" + System.nanoTime();
        String created = call(post("/api/societies").contentType(MediaType.APPLICATION_JSON)
                .content(societyJson(name).replace("}", ", \"phone\": \"%s\"}".formatted(PHONE))))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.phone").value("133****5678"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        mvc.perform(ApiTokens.bearer(get("/api/societies/{id}", id), ApiTokens.of(Role.APPLICANT, world, tokens)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.phone").value("133****5678"));
        call(put("/api/societies/{id}", id).param("version", "0").contentType(MediaType.APPLICATION_JSON)
                .content(societyJson(name).replace("}", ", \"phone\": \"133****5678\"}")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.phone").value("133****5678"));
        assertThat(as(world.user(Role.CITY_CAST), () -> societies.get(id)).phone()).isEqualTo(PHONE);
    }

    private long created() throws Exception {
        String body = call(post("/api/experts").contentType(MediaType.APPLICATION_JSON)
                .content(expertJson("接口专家" + System.nanoTime(), PHONE))).andReturn().getResponse().getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    private ExpertView stored(long id) {
        return as(world.user(Role.CITY_CAST), () -> experts.get(id));
    }

    private static String expertJson(String name, String phone) {
        return """
                {"name": "%s", "title": "研究员", "field": "化工", "organisation": "某研究院", "phone": "%s",
                 "email": "%s"}""".formatted(name, phone, EMAIL);
    }

    private static String societyJson(String name) {
        return """
                {"name": "%s", "level": "PROVINCIAL", "branch": "分会"}""".formatted(name);
    }

    private ResultActions call(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(ApiTokens.bearer(request, ApiTokens.of(Role.CITY_CAST, world, tokens)));
    }
}
