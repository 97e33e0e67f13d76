package cn.quzhou.stations.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.ProposalAcceptance;
import cn.quzhou.stations.results.ProposalView;
import cn.quzhou.stations.results.RevocationProposals;
import cn.quzhou.stations.station.FeedbackCommand;
import cn.quzhou.stations.station.FeedbackRating;
import cn.quzhou.stations.station.FeedbackView;
import cn.quzhou.stations.station.RevocationCause;
import cn.quzhou.stations.station.Revocations;
import cn.quzhou.stations.station.SocietyContacts;
import cn.quzhou.stations.station.SocietyFeedback;
import cn.quzhou.stations.station.SocietyWithdrawalReported;
import cn.quzhou.stations.station.StationFixtures;
import cn.quzhou.stations.station.StationStatus;
import cn.quzhou.stations.station.Stations;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** Art. 18(6): poor cooperation with no intention to continue puts a revocation proposal before the city CAST. */
class SocietyWithdrawalProposalTests extends PlatformTest {

    @Autowired
    StationFixtures stationFixtures;

    @Autowired
    SocietyFeedback feedback;

    @Autowired
    SocietyContacts partners;

    @Autowired
    RevocationProposals proposals;

    @Autowired
    Stations stations;

    @Autowired
    Revocations revocations;

    @Autowired
    ApplicationEventPublisher events;

    @Test
    void poorCooperationWithNoIntentionProposesRevocationWhichTheCityCastAccepts() throws Exception {
        SocietyContacts.Partner partner = partners.newPartner();
        long station = stationFixtures.recognisedCityDirect("学会退出服务站" + System.nanoTime(), partner.society());
        LocalDate today = LocalDate.now(clock);
        FeedbackView withdrawal = as(partner.contact(), () -> feedback.record(station,
                new FeedbackCommand(today, FeedbackRating.POOR, "一年来未开展任何合作活动，学会决定不再合作", true)));

        ProposalView proposal = single(open(station));
        ProposalView detail = as(world.user(Role.CITY_CAST), () -> proposals.get(proposal.id()));
        assertThat(detail.basisFeedback().id()).isEqualTo(withdrawal.id());
        assertThat(detail.basisFeedback().societyName()).isEqualTo(partner.society().getName());
        String page = mvc.perform(get("/revocation-proposals/{id}", proposal.id()).with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("一年来未开展任何合作活动，学会决定不再合作", partner.society().getName(), today.toString(),
                "无进一步合作意向");

        events.publishEvent(new SocietyWithdrawalReported(station, withdrawal.id(), 0, 0, partner.society().getId(), today));
        assertThat(open(station)).as("once per feedback").hasSize(1);

        as(world.user(Role.CITY_CAST), () -> {
            proposals.accept(proposal.id(), new ProposalAcceptance("上级学会反馈合作较差且无进一步合作意向",
                    "衢市科协〔2026〕66号", today), null, null);
            return null;
        });
        assertThat(as(world.user(Role.CITY_CAST), () -> stations.get(station)).status()).isEqualTo(StationStatus.REVOKED);
        assertThat(as(world.user(Role.CITY_CAST), () -> revocations.of(station)))
                .hasValueSatisfying(r -> assertThat(r.cause()).isEqualTo(RevocationCause.SOCIETY_WITHDRAWS));
        assertThat(as(world.user(Role.CITY_CAST), () -> proposals.get(proposal.id())).status())
                .isEqualTo(ProposalView.Status.ACCEPTED);
    }

    @Test
    void aLaterWithdrawalSupersedesTheOpenProposalAndADismissedOneMayComeBackOnNewFeedback() {
        SocietyContacts.Partner partner = partners.newPartner();
        long station = stationFixtures.recognisedCityDirect("学会再次退出服务站" + System.nanoTime(), partner.society());
        LocalDate today = LocalDate.now(clock);
        var contact = partner.contact();
        as(contact, () -> feedback.record(station, new FeedbackCommand(today.minusDays(10), FeedbackRating.POOR, "第一次", true)));
        ProposalView first = single(open(station));
        FeedbackView second = as(contact, () -> feedback.record(station,
                new FeedbackCommand(today, FeedbackRating.POOR, "第二次", true)));

        ProposalView current = single(open(station));
        assertThat(current.id()).isNotEqualTo(first.id());
        assertThat(as(world.user(Role.CITY_CAST), () -> proposals.get(current.id())).basisFeedback().id())
                .isEqualTo(second.id());
        assertThat(as(world.user(Role.CITY_CAST), () -> proposals.get(first.id())).status())
                .isEqualTo(ProposalView.Status.WITHDRAWN);

        as(world.user(Role.CITY_CAST), () -> {
            proposals.dismiss(current.id(), new DecisionNote("经协调，学会同意继续合作"));
            return null;
        });
        assertThat(open(station)).isEmpty();
        as(contact, () -> feedback.record(station, new FeedbackCommand(today, FeedbackRating.POOR, "第三次", true)));
        assertThat(open(station)).as("new feedback, new basis").hasSize(1);
    }

    private List<ProposalView> open(long station) {
        return as(world.user(Role.CITY_CAST), () -> proposals.list()).stream()
                .filter(p -> p.stationId() == station && p.cause() == RevocationCause.SOCIETY_WITHDRAWS
                        && p.status() == ProposalView.Status.OPEN).toList();
    }

    private static ProposalView single(List<ProposalView> list) {
        assertThat(list).hasSize(1);
        return list.get(0);
    }
}
