package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** The host unit records the events the indicator table scores; bad input is refused at its field. */
class StationEvidenceTests extends PlatformTest {

    @Autowired
    StationEvidence evidence;

    @Autowired
    StationFixtures stations;

    @Autowired
    ApplicationFixtures applications;

    private long station;
    private PlatformUser host;
    private int year;

    @BeforeEach
    void setUp() {
        station = stations.recognisedCityDirect("佐证服务站" + System.nanoTime());
        host = applications.cityApplicant();
        year = LocalDate.now(clock).getYear();
    }

    @Test
    void theHostUnitRecordsEvidenceTypedToItsIndicator() {
        LocalDate day = LocalDate.now(clock).withDayOfYear(1);
        EvidenceView conference = as(host, () -> evidence.record(station, new EvidenceCommand(year, EvidenceKind.CONFERENCE,
                day, "全国氟硅材料学术年会", 260, null, null), null, null));
        as(host, () -> evidence.record(station, new EvidenceCommand(year, EvidenceKind.AWARD, day, "市科技进步奖",
                null, EvidenceLevel.CITY_OR_DEPARTMENT, null), null, null));
        as(host, () -> evidence.record(station, new EvidenceCommand(year, EvidenceKind.EXPERT_DAYS_ON_SITE, day, "专家驻站",
                null, null, new BigDecimal("12.5")), null, null));
        assertThat(as(world.user(Role.CITY_CAST), () -> evidence.items(year)).get(conference.kind()))
                .as("the item of the measures in force").isEqualTo("B1.3");
        assertThat(as(world.user(Role.CITY_CAST), () -> evidence.of(station, year)))
                .extracting(EvidenceView::kind).containsExactly(EvidenceKind.CONFERENCE, EvidenceKind.AWARD,
                        EvidenceKind.EXPERT_DAYS_ON_SITE);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "a negative attendance        | CONFERENCE | 0   | -5 |                  | attendance",
        "a date outside the year      | SALON_OR_SEMINAR | -400 |  |             | occurredOn",
        "a date in the future         | SALON_OR_SEMINAR | 2   |    |                  | occurredOn",
        "an unknown level             | AWARD      | 0   |    | GALACTIC         | level",
        "an award without a level     | AWARD      | 0   |    |                  | level",
        "a media level for an award   | AWARD      | 0   |    | NATIONAL_MEDIA   | level",
        "a conference without attendance | CONFERENCE | 0 |  |                  | attendance",
    })
    void badInputIsRefusedAtItsField(String why, String kind, int dayOffset, String attendance, String level,
                                     String field) throws Exception {
        LocalDate today = LocalDate.now(clock);
        LocalDate date = dayOffset == 0 ? today.withDayOfYear(1) : today.plusDays(dayOffset);
        MockMultipartHttpServletRequestBuilder post = multipart("/stations/{id}/evidence", station);
        post.param("year", String.valueOf(year)).param("kind", kind).param("occurredOn", date.toString())
                .param("description", "说明");
        if (attendance != null) {
            post.param("attendance", attendance);
        }
        if (level != null) {
            post.param("level", level);
        }
        mvc.perform(post.with(user(host)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("form", field));
        assertThat(as(host, () -> evidence.of(station, year))).as(why).isEmpty();
    }

    @Test
    void anEvidenceFormWithSeveralEmptyBoxesListsThemAllInTheErrorSummaryLinkedToTheFields() throws Exception {
        String page = mvc.perform(multipart("/stations/{id}/evidence", station).param("attendance", "-5")
                        .with(user(host)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        int start = page.indexOf("id=\"error-summary\"");
        assertThat(start).as("the evidence form has an error summary").isPositive();
        String summary = page.substring(start, page.indexOf("</ul>", start));
        assertThat(summary).contains("共有 5 处需要修改").contains("年度：此项必填。", "类型：此项必填。", "发生日期：此项必填。",
                "佐证说明：此项必填。");
        assertThat(summary).contains("href=\"#year\"", "href=\"#kind\"", "href=\"#occurredOn\"",
                "href=\"#description\"", "href=\"#attendance\"");
        assertThat(summary.indexOf("#year")).isLessThan(summary.indexOf("#kind"));
        assertThat(summary.indexOf("#description")).isLessThan(summary.indexOf("#attendance"));
    }

    @Test
    void anotherUnitsStationIsNotFound() {
        LocalDate day = LocalDate.now(clock).withDayOfYear(1);
        EvidenceCommand command = new EvidenceCommand(year, EvidenceKind.SALON_OR_SEMINAR, day, "越权", null, null, null);
        assertThatThrownBy(() -> as(world.user(Role.APPLICANT), () -> evidence.record(station, command, null, null)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(world.user(Role.APPLICANT), () -> evidence.of(station, year)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(world.user(Role.COUNTY_CAST), () -> evidence.of(station, year)))
                .isInstanceOf(NotFoundException.class);
    }
}
