package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue #14 item 3: a revocation on the page is decided only once the consequence stated there is confirmed. */
class RevocationPageTests extends PlatformTest {

    @Autowired
    Revocations revocations;

    @Autowired
    StationFixtures stations;

    @Test
    void theRevocationFormStatesItsConsequenceAndRefusesWithoutTheTickKeepingWhatWasTyped() throws Exception {
        long station = stations.recognisedCityDirect("撤销确认服务站" + System.nanoTime());
        String form = mvc.perform(get("/stations/{id}", station).with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"revoke-consequence\"", "服务站状态变为“已撤销”").doesNotContain("data-confirm");

        MockHttpServletResponse asked = mvc.perform(revoke(station)).andReturn().getResponse();
        assertThat(asked.getStatus()).isEqualTo(200);
        assertThat(asked.getContentAsString()).contains("撤销前，请阅读上方说明并勾选确认。", "合作项目无进展（确认）");
        assertThat(as(world.user(Role.CITY_CAST), () -> revocations.of(station))).isEmpty();

        assertThat(mvc.perform(revoke(station).param("confirmed", "true")).andReturn().getResponse().getRedirectedUrl())
                .isEqualTo("/stations/" + station);
        assertThat(as(world.user(Role.CITY_CAST), () -> revocations.of(station))).isPresent();
    }

    private org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder revoke(long station) {
        return multipart("/stations/{id}/revoke", station).with(user(world.user(Role.CITY_CAST))).with(csrf())
                .param("cause", "NO_PROGRESS").param("reason", "合作项目无进展（确认）")
                .param("documentNumber", "衢市科协〔2026〕77号").param("decidedOn", LocalDate.now(clock).toString());
    }
}
