package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCodeTests {

    @ParameterizedTest
    @ValueSource(strings = {"91330800MA2DH4KL2M", "91110000600037341L", "12330800002609585K"})
    void acceptsCodesWhoseCheckCharacterMatches(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
        assertThat(new CreditCode(code).value()).isEqualTo(code);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "91330800MA2DH4KL2N", // last character changed
        "91330800MA2DH4KL20", // last character changed to a digit
        "91330800MA2DH4KL2",  // 17 characters
        "91330800MA2DH4KL2MM", // 19 characters
        "91330800MA2DH4IL2M", // I is not in the alphabet
        "9133080OMA2DH4KL2M", // O in the division code
        "91A30800MA2DH4KL2M", // division code must be digits
        ""})
    void rejectsMalformedCodes(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void parsesLowerCaseAndBlanksAsPeopleTypeThem() {
        assertThat(CreditCode.parse("  91330800ma2dh4kl2m ").value()).isEqualTo("91330800MA2DH4KL2M");
    }

    @Test
    void refusesToConstructAnInvalidCode() {
        assertThatThrownBy(() -> new CreditCode("91330800MA2DH4KL2N")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void computesTheCheckCharacterOfTheFirstSeventeen() {
        assertThat(CreditCode.checkCharacterFor("91330800MA2DH4KL2")).isEqualTo('M');
    }
}
