package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.application.PanelFixtures.ExpertAccount;
import cn.quzhou.stations.application.panel.ConflictKind;
import cn.quzhou.stations.application.panel.PanelConflict;
import cn.quzhou.stations.application.panel.PanelView;
import cn.quzhou.stations.application.panel.ReviewPanels;
import cn.quzhou.stations.application.panel.TeamNameWarning;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DOMAIN.md §3, issue 14 item 9: an expert on an application's own expert team never judges it. The team lists people
 * by name and organisation (every fixture application lists 孙专家 of 某大学): the same name at the expert record's
 * organisation is the expert; the same name elsewhere or without an organisation is shown to the city CAST instead.
 */
class PanelTeamConflictTests extends PlatformTest {

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    ApplicationFixtures applicationFixtures;

    @Autowired
    ReviewPanels panels;

    @ParameterizedTest(name = "expert {0} of {1}: assigned {2}, city CAST warned {3}")
    @CsvSource(delimiter = '|', textBlock = """
            孙专家  | 某大学      | false | false
            孙 专家 | 某 大学     | false | false
            孙专家  | 另一研究院  | true  | true
            孙专家  | 衢州学院    | true  | true
            李专家  | 某大学      | true  | false
            """)
    void anExpertOnTheApplicationsTeamIsNeverAssignedToItsPanel(String name, String organisation, boolean assigned,
                                                                boolean warned) {
        world.ensure();
        long app = fixtures.atPanelReview("团队回避服务站" + name + organisation,
                applicationFixtures.newSociety(SocietyLevel.NATIONAL));
        ExpertAccount candidate = fixtures.expert(name, organisation, null, Set.of());
        ExpertAccount other = fixtures.clean("团队回避另一专家");

        long panel = fixtures.form("团队回避小组", Set.of(candidate.id(), other.id()), Set.of(app));

        PanelView view = cityCast(() -> panels.get(panel));
        boolean hasSheet = view.entries().get(0).sheets().stream().anyMatch(s -> s.expertId() == candidate.id());
        assertThat(hasSheet).isEqualTo(assigned);
        assertThat(view.exclusions()).extracting(PanelConflict::expertId, PanelConflict::kind)
                .containsExactlyElementsOf(assigned ? java.util.List.of()
                        : java.util.List.of(org.assertj.core.groups.Tuple.tuple(candidate.id(), ConflictKind.OWN_TEAM)));
        assertThat(cityCast(() -> panels.teamNameWarnings(Set.of(candidate.id()), Set.of(app))))
                .extracting(TeamNameWarning::expertId).containsExactlyElementsOf(warned ? java.util.List.of(candidate.id()) : java.util.List.of());
        if (!assigned) {
            assertThatThrownBy(() -> cityCast(() -> {
                panels.assign(panel, app, candidate.id());
                return null;
            })).isInstanceOf(BusinessRuleException.class).hasMessage("panel.error.conflict");
        }
    }

    private <T> T cityCast(Supplier<T> action) {
        return as(world.user(Role.CITY_CAST), action);
    }
}
