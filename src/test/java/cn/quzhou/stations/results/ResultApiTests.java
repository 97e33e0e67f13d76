package cn.quzhou.stations.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;

/** Corrections over the API: the proposer is refused (422), a second approval conflicts (409), both versions stay. */
class ResultApiTests extends PlatformTest {

    @Autowired
    ResultFixtures fixtures;

    @Autowired
    AccessTokens tokens;

    @Test
    void aCorrectionOverTheApiNeedsASecondAccountAndASecondApprovalConflicts() throws Exception {
        long station = fixtures.station("接口更正服务站" + System.nanoTime(), LocalDate.of(2072, 1, 10));
        fixtures.publish(2073, station, Grade.QUALIFIED, new BigDecimal("64"));
        String proposer = ApiTokens.of(Role.CITY_CAST, world, tokens);
        String approver = ApiTokens.create(fixtures.secondCityCast(), tokens, "second", null);

        MockHttpServletResponse proposed = mvc.perform(ApiTokens.bearer(post(
                "/api/evaluations/results/stations/{id}/corrections", station).contentType(MediaType.APPLICATION_JSON)
                .content("{\"year\":2073,\"grade\":\"UNQUALIFIED\",\"total\":58,\"reason\":\"复核扣分\"}"), proposer))
                .andReturn().getResponse();
        assertThat(proposed.getStatus()).isEqualTo(201);
        String id = proposed.getContentAsString().replaceAll(".*\"id\":(\\d+).*", "$1");

        MockHttpServletResponse own = mvc.perform(ApiTokens.bearer(
                post("/api/evaluations/results/corrections/{id}/approve", id), proposer)).andReturn().getResponse();
        assertThat(own.getStatus()).isEqualTo(422);
        assertThat(own.getContentAsString()).contains("提出人不能审批自己的申请");
        assertThat(mvc.perform(ApiTokens.bearer(post("/api/evaluations/results/corrections/{id}/approve", id), approver))
                .andReturn().getResponse().getContentAsString()).contains("\"version\":2");
        assertThat(mvc.perform(ApiTokens.bearer(post("/api/evaluations/results/corrections/{id}/approve", id), approver))
                .andReturn().getResponse().getStatus()).isEqualTo(409);

        String history = mvc.perform(ApiTokens.bearer(get("/api/evaluations/results/stations/{id}", station), proposer))
                .andReturn().getResponse().getContentAsString();
        assertThat(history).contains("\"version\":1").contains("\"version\":2").contains("复核扣分");
        assertThat(mvc.perform(ApiTokens.bearer(get("/api/rectifications"), proposer)).andReturn().getResponse()
                .getContentAsString()).as("the corrected UNQUALIFIED year is to be rectified").contains("接口更正服务站");
    }
}
