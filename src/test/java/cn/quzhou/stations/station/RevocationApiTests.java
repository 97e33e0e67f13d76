package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** Art. 18 over the API: every one of the six causes, with its evidence file, exactly as the station page. */
class RevocationApiTests extends PlatformTest {

    @Autowired
    AccessTokens tokens;

    @Autowired
    StationFixtures stations;

    @Autowired
    Revocations revocations;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @ParameterizedTest
    @EnumSource(RevocationCause.class)
    void theCityCastRevokesForEachCauseWithItsEvidence(RevocationCause cause) throws Exception {
        long station = stations.recognisedCityDirect("接口撤销服务站" + System.nanoTime());
        revoke(station, cause, LocalDate.now(clock)).andExpect(status().isCreated())
                .andExpect(jsonPath("$.cause").value(cause.name()))
                .andExpect(jsonPath("$.evidenceName").value("撤销依据.pdf"));
        assertThat(as(world.user(Role.CITY_CAST), () -> revocations.of(station)))
                .hasValueSatisfying(r -> assertThat(r.cause()).isEqualTo(cause));
    }

    @Test
    void aSecondRevocationIsAConflictInWords() throws Exception {
        long station = stations.recognisedCityDirect("接口撤销两次服务站" + System.nanoTime());
        revoke(station, RevocationCause.FALSE_MATERIALS, LocalDate.now(clock)).andExpect(status().isCreated());
        revoke(station, RevocationCause.IP_INFRINGEMENT, LocalDate.now(clock)).andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("只有运行中的服务站可以撤销。"));
    }

    @Test
    void aDecisionInTheFutureIs422NamingTheDateAndAMissingCauseIs400() throws Exception {
        long station = stations.recognisedCityDirect("接口撤销未来服务站" + System.nanoTime());
        revoke(station, RevocationCause.MAJOR_ACCIDENT, LocalDate.now(clock).plusDays(1))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.field").value("decidedOn"));
        call(multipart("/api/stations/{id}/revocation", station).param("reason", "无原因")
                .param("documentNumber", "衢市科协〔2026〕1号").param("decidedOn", LocalDate.now(clock).toString()))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fields.cause").exists());
    }

    private ResultActions revoke(long station, RevocationCause cause, LocalDate decidedOn) throws Exception {
        MockMultipartHttpServletRequestBuilder request = multipart("/api/stations/{id}/revocation", station);
        request.file(new MockMultipartFile("evidence", "撤销依据.pdf", "application/pdf", TestFiles.pdf()));
        return call(request.param("cause", cause.name()).param("reason", "依第十八条撤销")
                .param("documentNumber", "衢市科协〔2026〕" + System.nanoTime() % 1000 + "号")
                .param("decidedOn", decidedOn.toString()));
    }

    private ResultActions call(MockMultipartHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(ApiTokens.bearer(request, ApiTokens.of(Role.CITY_CAST, world, tokens)));
    }
}
