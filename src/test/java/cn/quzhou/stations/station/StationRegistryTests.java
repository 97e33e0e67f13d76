package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.application.NoticeFixtures;
import cn.quzhou.stations.application.JointRecognitionSteps;
import cn.quzhou.stations.application.recognition.RecogniseCommand;
import cn.quzhou.stations.application.recognition.Recognitions;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Recognition opens the station's record with what the application established (Art. 5(3)). */
class StationRegistryTests extends PlatformTest {

    @Autowired
    Stations stations;

    @Autowired
    Recognitions recognitions;

    @Autowired
    NoticeFixtures notices;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void recognitionOpensTheStationWithItsLevelUnitSocietyAgreementTeamAndResponsiblePerson() {
        world.ensure();
        Society society = applications.newSociety(SocietyLevel.NATIONAL);
        long app = notices.inPublicNotice("登记簿服务站", society);
        long notice = notices.runningToday(List.of(app));
        clock.advance(Duration.ofDays(1));
        JointRecognitionSteps.recognise(world, recognitions, notice, new RecogniseCommand(null, null, null));

        StationView station = as(world.user(Role.CITY_CAST), () -> stations.list()).stream()
                .filter(s -> java.util.Objects.equals(s.applicationId(), app)).findFirst().orElseThrow();
        assertThat(station.name()).isEqualTo("登记簿服务站");
        assertThat(station.level()).isEqualTo(SocietyLevel.NATIONAL);
        assertThat(station.hostUnitId()).isEqualTo(world.cityUnit.getId());
        assertThat(station.societyId()).isEqualTo(society.getId());
        assertThat(station.agreementSignedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(station.agreementEndsOn()).as("three years from signing").isEqualTo(LocalDate.of(2029, 2, 28));
        assertThat(station.responsibleName()).isEqualTo("钱负责");
        assertThat(station.responsiblePhone()).as("masked for the city CAST").isEqualTo("136****0000");
        assertThat(as(applications.cityApplicant(), () -> stations.get(station.id())).responsiblePhone())
                .as("in full for the station's own unit").isEqualTo("13600000000");
        assertThat(jdbc.sql("select responsible_phone from station where id = ?").param(station.id()).query(String.class)
                .single()).as("sealed at rest").startsWith("sm4:1:").doesNotContain("13600000000");
        assertThat(station.expertTeam()).extracting(StationView.TeamMember::name).containsExactly("孙专家");
        assertThat(station.status()).isEqualTo(StationStatus.ACTIVE);
        assertThat(station.documentNumber()).startsWith("衢市科协〔");

        assertThat(as(applications.cityApplicant(), () -> stations.get(station.id())).name()).isEqualTo("登记簿服务站");
        assertThatThrownBy(() -> as(world.user(Role.COUNTY_CAST), () -> stations.get(station.id())))
                .as("a 江山市 reviewer does not see a city-direct station").isInstanceOf(NotFoundException.class);
        assertThat(as(world.user(Role.APPLICANT), () -> stations.list())).extracting(StationView::id)
                .doesNotContain(station.id());
    }

    @Test
    void thePublicDirectoryListsRecognisedStationsWithoutPersonalData() throws Exception {
        world.ensure();
        long app = notices.inPublicNotice("名录服务站", applications.newSociety(SocietyLevel.PROVINCIAL));
        long notice = notices.ended(List.of(app));
        JointRecognitionSteps.recognise(world, recognitions, notice, new RecogniseCommand(null, null, null));
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/public/stations")
                        .param("q", "名录服务站"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("名录服务站").contains("衢州市直属研究院")
                .doesNotContain("钱负责").doesNotContain("13600000000");
    }
}
