package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Whether an expert of the pool sits on a team that lists people by name and organisation (DOMAIN.md §3). */
class TeamMatchTests {

    @ParameterizedTest(name = "expert {0} of {1}, team member {2} of {3} → {4}")
    @CsvSource(delimiter = '|', nullValues = "—", textBlock = """
            张明   | 浙江大学 | 张明    | 浙江大学   | SAME_PERSON
            张明   | 浙江大学 | 张　明  | 浙江 大学  | SAME_PERSON
            张明   | 浙江大学 | 张明    | 衢州学院   | NAME_ONLY
            张明   | 浙江大学 | 张明    | —          | NAME_ONLY
            张明   | —        | 张明    | 浙江大学   | NAME_ONLY
            张明   | 浙江大学 | 李明    | 浙江大学   | NONE
            张明   | 浙江大学 | —       | 浙江大学   | NONE
            """)
    void anExpertIsOnATeamBySameNameAndOrganisation(String name, String organisation, String member,
                                                    String memberOrganisation, TeamMatch expected) {
        ExpertView expert = new ExpertView(1, name, "教授", "材料", organisation, null, null, null, true, Set.of(), 0);
        assertThat(expert.onTeam(List.of(new TeamPerson(member, memberOrganisation)))).isEqualTo(expected);
    }
}
