package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.testsupport.TestYears;
import static cn.quzhou.stations.evaluation.EvaluationFixtures.noon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Issue #13: the self-report's check items are typed in {@code /v3/api-docs} from the policy data (V11), and a part
 * or tier outside it is refused naming its field.
 */
class DeclaredPartsTests extends PlatformTest {

    private static final int YEAR = TestYears.claim(2163);

    @Autowired
    EvaluationFixtures fixtures;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDocumentListsExactlyTheDeclarablePartsOfThePolicyData() throws Exception {
        String document = mvc.perform(get("/v3/api-docs")).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        // from the tables, not the facade: the parts no evidence earns and no measured value reaches
        List<String> parts = jdbc.sql("""
                select distinct p.item_code || ':' || p.part_code
                  from indicator_rule_part p join indicator_rule r using (effective_from, item_code)
                 where r.kind = 'CHECK_ITEM' and p.evidence_kind is null and p.threshold is null""")
                .query(String.class).list();
        List<String> tiers = jdbc.sql("""
                select distinct part_code from indicator_rule_part
                 where item_code = 'A2.3' and evidence_kind is null and threshold is null""")
                .query(String.class).list();
        assertThat(parts).contains("A1.1:OFFICE", "A1.2:DATABASES", "A2.2:AGREEMENT_PLAN")
                .noneMatch(part -> part.startsWith("A2.1") || part.startsWith("B"));

        String draft = "$.components.schemas.EvaluationDraftRequest.properties";
        assertThat(values(document, draft + ".parts.items.enum")).containsExactlyInAnyOrderElementsOf(parts);
        assertThat(values(document, draft + ".reach.enum")).containsExactlyInAnyOrderElementsOf(tiers);
        assertThat((String) JsonPath.read(document, draft + ".parts.items.description"))
                .contains("A1.1:OFFICE — 服务站常设机构应有办公场所");
        assertThat((String) JsonPath.read(document, draft + ".reach.description"))
                .contains("PROVINCE — 服务站在全省范围内有辐射和示范效应");

        Map<String, Object> declared = JsonPath.read(document,
                "$.components.schemas.ReportView.properties.declarations.properties");
        assertThat(declared).containsOnlyKeys("A1.1", "A1.2", "A2.2", "A2.3");
        assertThat(values(document, "$.components.schemas.ReportView.properties.declarations.properties['A1.1']"
                + ".items.enum")).containsExactly("OFFICE", "STAFF");
        assertThat(values(document, "$.components.schemas.ReportView.properties.declarations.properties['A2.3']"
                + ".items.enum")).containsExactlyInAnyOrderElementsOf(tiers);
    }

    @Test
    void aPartOrTierOutsideThePolicyDataIsRefusedNamingItsFieldAndTheDeclarableOnesAreTaken() throws Exception {
        long station = fixtures.countyStation("江山自评项考核服务站", YEAR);
        Instant before = clock.set(noon(LocalDate.of(YEAR + 1, 1, 5)));
        try {
            fixtures.open(YEAR, LocalDate.of(YEAR + 1, 1, 20));
            long report = fixtures.reportOf(YEAR, station);
            String token = ApiTokens.of(Role.APPLICANT, world, tokens);

            assertRefused(draft(report, token, "\"A1.1:CANTEEN\"", null), "parts", "A1.1:CANTEEN");
            // A2.1 is measured by the coverage, never declared
            assertRefused(draft(report, token, "\"A2.1:FULL\"", null), "parts", "A2.1:FULL");
            assertRefused(draft(report, token, "\"A1.1:OFFICE\"", "GALAXY"), "reach", "GALAXY");

            MockHttpServletResponse taken = draft(report, token, "\"A1.1:OFFICE\", \"A2.2:CONTENT\"", "CITY");
            assertThat(taken.getStatus()).isEqualTo(200);
            assertThat(JsonPath.<Map<String, Object>>read(taken.getContentAsString(StandardCharsets.UTF_8),
                    "$.report.declarations")).containsEntry("A1.1", List.of("OFFICE"))
                    .containsEntry("A2.2", List.of("CONTENT")).containsEntry("A2.3", List.of("CITY"));
        } finally {
            clock.set(before);
        }
    }

    private MockHttpServletResponse draft(long report, String token, String parts, String reach) throws Exception {
        String body = "{\"summary\":\"年度工作总结。\",\"parts\":[" + parts + "],\"reach\":"
                + (reach == null ? "null" : "\"" + reach + "\"") + ",\"version\":" + fixtures.version(report) + "}";
        return mvc.perform(ApiTokens.bearer(put("/api/evaluations/reports/{id}", report)
                .contentType(MediaType.APPLICATION_JSON).content(body), token)).andReturn().getResponse();
    }

    private static void assertRefused(MockHttpServletResponse answer, String field, String value) throws Exception {
        String body = answer.getContentAsString(StandardCharsets.UTF_8);
        assertThat(answer.getStatus()).as(body).isEqualTo(422);
        assertThat((String) JsonPath.read(body, "$.field")).isEqualTo(field);
        assertThat((String) JsonPath.read(body, "$.fields." + field)).contains(value);
    }

    private static List<String> values(String document, String path) {
        List<Object> values = JsonPath.read(document, path);
        return values.stream().filter(Objects::nonNull).map(String::valueOf).toList();
    }
}
