package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTests {

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', value = {
        "Abcdefgh1!   | true  | all four classes",
        "abcdefgh12   | false | two classes only",
        "abcdefgH12   | true  | lower, upper, digit",
        "abcdefgh1!   | true  | lower, digit, symbol",
        "ABCDEFGH1!   | true  | upper, digit, symbol",
        "Abcdefg1!    | false | nine characters",
        "abcdefghij   | false | one class",
        "ABCDEFGHIJ!! | false | two classes",
        "密码密码密码密Aa1 | true | CJK counts as a symbol class",
    })
    void acceptsTenCharactersWithThreeOfFourClasses(String password, boolean acceptable, String why) {
        assertThat(PasswordPolicy.isAcceptable(password.strip())).as(why).isEqualTo(acceptable);
    }
}
