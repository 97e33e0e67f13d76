package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Society;
import java.util.List;
import cn.quzhou.stations.testsupport.PlatformTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;

/** The public objection over JSON: no sign-in, no CSRF token, the public page's per-address limit. */
class PublicObjectionApiTests extends PlatformTest {

    @Autowired
    NoticeFixtures fixtures;

    @Autowired
    ApplicationFixtures applicationFixtures;

    @Autowired
    JdbcClient jdbc;

    private Society society;

    @BeforeEach
    void setUp() {
        world.ensure();
        society = applicationFixtures.newSociety(SocietyLevel.NATIONAL);
    }

    @Test
    void anAnonymousScriptObjectsWithoutACsrfTokenAndTheObjectionIsStored() throws Exception {
        long app = fixtures.inPublicNotice("接口异议服务站", society);
        long notice = fixtures.runningToday(List.of(app));
        object(notice, app, "10.2.0.1").andExpect(status().isAccepted())
                .andExpect(jsonPath("$.receipt").isNotEmpty())
                .andExpect(jsonPath("$.lookup").value("/public/objections/lookup"));
        assertThat(jdbc.sql("select count(*) from notice_objection where application_id = ? and client_ip = '10.2.0.1'")
                .param(app).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void beyondTheLimitPerAddressTheAnswerIs429WithRetryAfterAndThePagesCountIsShared() throws Exception {
        long app = fixtures.inPublicNotice("接口限流服务站", society);
        long notice = fixtures.runningToday(List.of(app));
        for (int i = 0; i < 5; i++) {
            object(notice, app, "10.2.0.2").andExpect(status().isAccepted());
        }
        object(notice, app, "10.2.0.2").andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("notice.error.tooManyObjections"));
        object(notice, app, "10.2.0.3").andExpect(status().isAccepted());
    }

    @Test
    void aStationNotInARunningNoticeIs422NamingTheApplication() throws Exception {
        long app = fixtures.inPublicNotice("接口未公示服务站", society);
        object(987654321L, app, "10.2.0.4").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.field").value("applicationId"));
    }

    @Test
    void aMissingContentIs400NamingTheField() throws Exception {
        mvc.perform(post("/public/api/notices/{id}/objections", 1).contentType(MediaType.APPLICATION_JSON)
                .content("{\"applicationId\": 1, \"name\": \"公众\", \"contact\": \"13511112222\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.content").exists());
    }

    private ResultActions object(long notice, long app, String ip) throws Exception {
        return mvc.perform(post("/public/api/notices/{id}/objections", notice).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"applicationId": %d, "name": "公众", "contact": "13511112222", "content": "材料不实"}"""
                        .formatted(app))
                .with(request -> {
                    request.setRemoteAddr(ip);
                    return request;
                }));
    }
}
