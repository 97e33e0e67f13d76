package cn.quzhou.stations.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.lang.reflect.RecordComponent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An unknown value typed into one filter of a list's address (an enum that does not exist) drops that filter only:
 * the page keeps the other filters it was given. The API stays strict: a 400 problem naming the parameter.
 */
class FilterBindingTests extends PlatformTest {

    @Autowired
    AccessTokens tokens;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @ParameterizedTest(name = "{0}?{2}={3}&{4}=BOGUS keeps {2}")
    @CsvSource({
            "/stations,              CITY_CAST,      jurisdiction, 5,                     level",
            "/stations,              CITY_CAST,      jurisdiction, 5,                     status",
            "/public/stations,       CITY_CAST,      jurisdiction, 5,                     level",
            "/applications,          CITY_CAST,      year,         2030,                  status",
            "/evaluations/results,   CITY_CAST,      jurisdiction, 5,                     grade",
            "/rectifications,        CITY_CAST,      year,         2030,                  status",
            "/revocation-proposals,  CITY_CAST,      cause,        TWO_UNQUALIFIED_YEARS, status",
            "/units,                 CITY_CAST,      jurisdiction, 5,                     nature",
            "/funding,               CITY_CAST,      year,         2030,                  status",
            "/funding/clawbacks,     CITY_CAST,      year,         2030,                  status",
            "/funding/ledgers,       CITY_CAST,      jurisdiction, 5,                     level",
            "/audit,                 AUDIT_ADMIN,    action,       signin,                outcome",
            "/admin/accounts,        SECURITY_ADMIN, jurisdiction, 5,                     role",
    })
    void anUnknownValueDropsOnlyItsOwnFilter(String path, Role role, String kept, String value, String bad)
            throws Exception {
        var result = mvc.perform(get(path).param(kept, value).param(bad, "BOGUS").with(user(world.user(role))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        Object filter = result.getModelAndView().getModel().get("filter");
        assertThat(filter).as("the filter of %s", path).isNotNull();
        assertThat(String.valueOf(component(filter, kept))).as(kept).isEqualTo(value);
        assertThat(component(filter, bad)).as(bad).isNull();
    }

    @ParameterizedTest(name = "{0}?{1}=BOGUS")
    @CsvSource({
            "/api/stations,            level",
            "/api/applications,        status",
            "/api/funding/instalments, status",
    })
    void theApiRefusesAnUnknownValueNamingTheParameter(String path, String bad) throws Exception {
        var response = mvc.perform(ApiTokens.bearer(get(path).param(bad, "BOGUS"),
                ApiTokens.of(Role.CITY_CAST, world, tokens))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains(bad);
    }

    private static Object component(Object record, String name) throws Exception {
        for (RecordComponent c : record.getClass().getRecordComponents()) {
            if (c.getName().equals(name)) {
                return c.getAccessor().invoke(record);
            }
        }
        throw new AssertionError(record.getClass().getSimpleName() + " has no " + name);
    }
}
