package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.RevocationProposals;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;

/** Art. 18(6): the society contact sees the stations of its society and gives feedback on cooperation. */
class SocietyFeedbackTests extends PlatformTest {

    @Autowired
    StationFixtures stations;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    SocietyFeedback feedback;

    @Autowired
    SocietyContacts partners;

    @Autowired
    RevocationProposals proposals;

    @Autowired
    AccessTokens tokens;

    @Autowired
    Revocations revocations;

    @Autowired
    Stations registry;

    @Autowired
    cn.quzhou.stations.station.internal.StationRepository repository;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    cn.quzhou.stations.notification.Notifications notifications;

    @Test
    void theSocietyContactSeesOnlyTheStationsOfItsOwnSociety() throws Exception {
        SocietyContacts.Partner partner = partners.newPartner();
        String mine = "本会共建服务站" + System.nanoTime();
        String theirs = "他会共建服务站" + System.nanoTime();
        long own = stations.recognisedCityDirect(mine, partner.society());
        long other = stations.recognisedCityDirect(theirs);
        var contact = partner.contact();

        assertThat(contact.scope()).isEqualTo(new DataScope.OfSociety(partner.society().getId()));
        assertThat(as(contact, () -> feedback.page(cn.quzhou.stations.shared.ListRequest.first(), StationFilter.none()).list().items())).extracting(SocietyStationView::name)
                .contains(mine).doesNotContain(theirs);
        SocietyStationView detail = as(contact, () -> feedback.station(own));
        assertThat(detail.societyName()).isEqualTo(partner.society().getName());
        assertThat(detail.status()).isEqualTo(StationStatus.ACTIVE);
        assertThatThrownBy(() -> as(contact, () -> feedback.station(other))).isInstanceOf(NotFoundException.class);

        assertThat(mvc.perform(get("/").with(user(contact))).andReturn().getResponse().getContentAsString())
                .as("nav link and home card").contains("id=\"home-society-stations\"", "href=\"/society/stations\"");
        assertThat(mvc.perform(get("/society/stations").with(user(contact))).andReturn().getResponse()
                .getContentAsString()).contains(mine).doesNotContain(theirs);
        assertThat(mvc.perform(get("/society/stations/{id}", own).with(user(contact))).andReturn().getResponse()
                .getContentAsString()).contains("反馈合作情况", "无进一步合作意向", "暂无学会反馈")
                .doesNotContain(as(world.user(Role.CITY_CAST), () -> registry.get(own)).responsiblePhone());
        assertThat(mvc.perform(get("/society/stations/{id}", own).param("lang", "en").with(user(contact))).andReturn()
                .getResponse().getContentAsString()).contains("Feedback on cooperation", "No intention of further cooperation");
        assertThat(mvc.perform(get("/society/stations/{id}", other).with(user(contact))).andReturn().getResponse()
                .getStatus()).isEqualTo(404);
        String token = ApiTokens.create(partner.contact(), tokens, "学会接口", null);
        assertThat(mvc.perform(ApiTokens.bearer(get("/api/society/stations/{id}", other), token)).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(ApiTokens.bearer(get("/api/society/stations/{id}", own), token)).andReturn()
                .getResponse().getContentAsString()).contains(mine).doesNotContain("responsiblePhone");
        assertThat(mvc.perform(ApiTokens.bearer(get("/api/society/stations"), token)).andReturn().getResponse()
                .getContentAsString()).contains(mine).doesNotContain(theirs);
    }

    @Test
    void theSocietyScopeWidensNoQueryThatDoesNotNameTheSociety() {
        SocietyContacts.Partner partner = partners.newPartner();
        long own = stations.recognisedCityDirect("本会范围服务站" + System.nanoTime(), partner.society());
        var contact = partner.contact();
        assertThat(contact.scope().sql("j", "u").condition()).isEqualTo("false");
        assertThat(contact.scope().covers(1, 1)).isFalse();
        assertThat(contact.scope().covers(1, 1, partner.society().getId())).isTrue();
        for (DataScope scope : List.of(contact.scope(), world.user(Role.COUNTY_CAST).scope(),
                world.user(Role.CITY_CAST).scope(), world.user(Role.EXPERT).scope())) {
            DataScope.Sql sql = scope.sql("jurisdiction_id", "host_unit_id", "society_id");
            var bySql = java.util.Set.copyOf(jdbc.sql("select id from station where " + sql.condition())
                    .params(sql.params()).query(Long.class).list());
            var bySpecification = repository.findAll(scope.<cn.quzhou.stations.station.internal.Station>specification(
                    "jurisdictionId", "hostUnitId", "societyId")).stream().map(s -> s.getId()).collect(java.util.stream.Collectors.toSet());
            var byCovers = repository.findAll().stream().filter(s -> scope.covers(s.getJurisdictionId(),
                    s.getHostUnitId(), s.getSocietyId())).map(s -> s.getId()).collect(java.util.stream.Collectors.toSet());
            assertThat(bySql).as(scope.toString()).isEqualTo(bySpecification).isEqualTo(byCovers);
        }
        assertThat(repository.findAll(contact.scope().<cn.quzhou.stations.station.internal.Station>specification(
                "jurisdictionId", "hostUnitId", "societyId"))).extracting(s -> s.getId()).containsExactly(own);
        assertThatThrownBy(() -> as(contact, () -> feedback.of(own))).as("no station:read")
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> feedback.page(cn.quzhou.stations.shared.ListRequest.first(), StationFilter.none())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void feedbackIsRecordedAndSeenByTheCityOfficesAndTheHostUnitButNotByAnotherJurisdiction() throws Exception {
        SocietyContacts.Partner partner = partners.newPartner();
        String name = "反馈可见服务站" + System.nanoTime();
        long station = stations.recognisedCityDirect(name, partner.society());
        var contact = partner.contact();
        LocalDate today = LocalDate.now(clock);

        FeedbackView first = as(contact, () -> feedback.record(station,
                new FeedbackCommand(today.minusDays(3), FeedbackRating.GOOD, "  合作顺利，专家按计划驻站  ", false)));
        FeedbackView second = as(contact, () -> feedback.record(station,
                new FeedbackCommand(today, FeedbackRating.FAIR, "进展放缓", false)));

        assertThat(first.text()).isEqualTo("合作顺利，专家按计划驻站");
        for (var notified : List.of(applications.cityApplicant(), world.user(Role.CITY_CAST))) {
            // found by the station's name: other tests fill these inboxes with later-dated messages
            assertThat(as(notified, () -> notifications.page(cn.quzhou.stations.shared.ListRequest.of(1, 100, null, name),
                    cn.quzhou.stations.notification.MessageFilter.none()).items())).as(notified.getUsername())
                    .anySatisfy(msg -> assertThat(msg.link()).isEqualTo("/stations/" + station));
        }
        for (Role role : List.of(Role.CITY_CAST, Role.CITY_TALENT)) {
            assertThat(as(world.user(role), () -> feedback.of(station))).as(role.name())
                    .extracting(FeedbackView::id, FeedbackView::inForce)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(second.id(), true),
                            org.assertj.core.groups.Tuple.tuple(first.id(), false));
        }
        assertThat(as(applications.cityApplicant(), () -> feedback.of(station))).extracting(FeedbackView::text)
                .containsExactly("进展放缓", "合作顺利，专家按计划驻站");
        assertThatThrownBy(() -> as(world.user(Role.COUNTY_CAST), () -> feedback.of(station)))
                .as("a city-direct station is outside a county's jurisdiction").isInstanceOf(NotFoundException.class);
        assertThat(mvc.perform(get("/stations/{id}", station).with(user(world.user(Role.CITY_CAST)))).andReturn()
                .getResponse().getContentAsString()).contains("进展放缓", "已被新反馈取代");
        assertThat(as(contact, () -> feedback.station(station)).feedback()).hasSize(2);
        assertThat(as(world.user(Role.CITY_CAST), () -> proposals.list())).as("FAIR and GOOD propose nothing")
                .noneMatch(p -> p.stationId() == station);
    }

    @Test
    void poorCooperationWithoutTheTickProposesNothing() {
        SocietyContacts.Partner partner = partners.newPartner();
        long station = stations.recognisedCityDirect("较差未勾选服务站" + System.nanoTime(), partner.society());
        as(partner.contact(), () -> feedback.record(station,
                new FeedbackCommand(LocalDate.now(clock), FeedbackRating.POOR, "配合较差，但仍愿继续", false)));
        assertThat(as(world.user(Role.CITY_CAST), () -> proposals.list())).noneMatch(p -> p.stationId() == station);
    }

    @Test
    void badInputIsShownAtTheFieldWithTheEnteredValuesKept() throws Exception {
        SocietyContacts.Partner partner = partners.newPartner();
        long station = stations.recognisedCityDirect("反馈校验服务站" + System.nanoTime(), partner.society());
        var contact = partner.contact();
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();

        String future = mvc.perform(post("/society/stations/{id}/feedback", station).with(user(contact)).with(csrf())
                        .param("givenOn", tomorrow).param("rating", "POOR").param("text", "明日之反馈")
                        .param("noFurtherCooperation", "true"))
                .andReturn().getResponse().getContentAsString();
        assertThat(future).contains("反馈日期不能晚于今天", "明日之反馈", tomorrow);
        String missing = mvc.perform(post("/society/stations/{id}/feedback", station).with(user(contact)).with(csrf())
                        .param("givenOn", LocalDate.now(clock).toString()).param("rating", "FAIR").param("text", " "))
                .andReturn().getResponse().getContentAsString();
        assertThat(missing).contains("is-invalid").contains("id=\"feedback-form\"");
        assertThat(as(contact, () -> feedback.station(station)).feedback()).as("nothing recorded").isEmpty();

        String token = ApiTokens.create(partner.contact(), tokens, "学会接口", null);
        var api = mvc.perform(ApiTokens.bearer(post("/api/society/stations/{id}/feedback", station)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"givenOn\":\"" + tomorrow + "\",\"rating\":\"GOOD\",\"text\":\"未来\"}"), token))
                .andReturn().getResponse();
        assertThat(api.getStatus()).isEqualTo(422);
        assertThat(api.getContentAsString()).contains("givenOn");
        assertThat(mvc.perform(ApiTokens.bearer(post("/api/society/stations/{id}/feedback", station)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"givenOn\":\"" + LocalDate.now(clock) + "\",\"rating\":\"GOOD\",\"text\":\"经接口反馈\"}"), token))
                .andReturn().getResponse().getStatus()).isEqualTo(201);
    }

    @Test
    void aRevokedStationTakesNoMoreFeedback() {
        SocietyContacts.Partner partner = partners.newPartner();
        long station = stations.recognisedCityDirect("已撤销反馈服务站" + System.nanoTime(), partner.society());
        LocalDate today = LocalDate.now(clock);
        as(world.user(Role.CITY_CAST), () -> {
            revocations.revoke(station, new RevocationCommand(RevocationCause.MAJOR_ACCIDENT, "重大事故",
                    "衢市科协〔2026〕91号", today), null, null);
            return null;
        });
        assertThatThrownBy(() -> as(partner.contact(), () -> feedback.record(station,
                new FeedbackCommand(today, FeedbackRating.POOR, "已无合作", true))))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "feedback.error.notActive");
    }
}
