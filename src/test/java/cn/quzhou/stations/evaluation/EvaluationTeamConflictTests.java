package cn.quzhou.stations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.organisation.ExpertCommand;
import cn.quzhou.stations.organisation.ExpertPool;
import cn.quzhou.stations.organisation.Role;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * DOMAIN.md §3, issue 14 item 9: an expert on a station's own expert team never judges its evaluation. Every fixture
 * station's team lists 孙专家 of 某大学; the same name elsewhere or without an organisation is assigned and shown to
 * the city CAST to decide.
 */
class EvaluationTeamConflictTests extends EvaluationRouteTest {

    @Autowired
    ExpertPool experts;

    @ParameterizedTest(name = "{1} of {2} on station {0}''s evaluation: excluded {3}, city CAST warned {4}")
    @CsvSource(delimiter = '|', textBlock = """
            2131 | 孙专家 | 某大学     | true  | false
            2132 | 孙专家 | 另一研究院 | false | true
            2133 | 孙专家 | 衢州学院   | false | true
            2134 | 李专家 | 某大学     | false | false
            """)
    void anExpertOnTheStationsTeamIsNeverAssignedToItsEvaluation(int year, String name, String organisation,
                                                                 boolean excluded, boolean warned) {
        String station = "团队回避考核服务站" + year;
        long id = fixtures.cityStation(station, year);
        today(LocalDate.of(year + 1, 1, 5));
        fixtures.open(year, LocalDate.of(year + 1, 1, 20));
        fixtures.submitFull(id, year);
        long expert = as(world.user(Role.CITY_CAST), () -> experts.create(new ExpertCommand(name, "教授", "材料",
                organisation, null, null, null, Set.of()))).id();

        List<String> notAssigned = as(world.user(Role.CITY_CAST), () -> scoring.assignExperts(year, List.of(expert)));
        List<String> warnings = as(world.user(Role.CITY_CAST), () -> scoring.teamNameWarnings(year, List.of(expert)));

        assertThat(notAssigned).isEqualTo(excluded ? List.of(name + " – " + station) : List.of());
        assertThat(warnings).isEqualTo(warned ? List.of(name + " – " + station) : List.of());
    }
}
