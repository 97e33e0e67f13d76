package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** SM4-GCM sealing of personal data: key id per value, rotation, tamper detection, and no start without a key. */
class PersonalDataCipherTests {

    private static final String KEY_1 = "dGVzdC1wZXJzb25hbC1rZQ==";
    private static final String KEY_2 = "c2Vjb25kLXBlcnNvbmFsLQ==";

    private final PersonalDataCipher cipher = new PersonalDataCipher(KEY_1, "1", "");

    @Test
    void aSealedValueNamesItsKeyHidesTheTextAndOpensAgain() {
        String sealed = cipher.seal("13812341234");
        assertThat(sealed).startsWith("sm4:1:").doesNotContain("13812341234");
        assertThat(cipher.seal("13812341234")).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.open(sealed)).isEqualTo("13812341234");
    }

    @Test
    void aClearValueFromBeforeSealingIsReadAsItIsAndMarkedForSealing() {
        assertThat(cipher.open("13812341234")).isEqualTo("13812341234");
        assertThat(cipher.needsSealing("13812341234")).isTrue();
        assertThat(cipher.needsSealing(cipher.seal("x"))).isFalse();
        assertThat(cipher.seal(null)).isNull();
    }

    @Test
    void afterARotationOldValuesStillOpenAndAreMarkedForResealing() {
        String old = cipher.seal("z@example.com");
        PersonalDataCipher rotated = new PersonalDataCipher(KEY_2, "2", "1:" + KEY_1);
        assertThat(rotated.open(old)).isEqualTo("z@example.com");
        assertThat(rotated.needsSealing(old)).isTrue();
        assertThat(rotated.seal("z@example.com")).startsWith("sm4:2:");
        assertThatThrownBy(() -> new PersonalDataCipher(KEY_2, "2", "").open(old))
                .hasMessageContaining("key '1'").hasMessageContaining("platform.personal-data.previous-keys");
    }

    @Test
    void anAlteredValueIsRefusedNotMisread() {
        String sealed = cipher.seal("110101199001011234");
        // a character in the middle of the Base64 text: all six of its bits are data (next to the padding a changed
        // low bit may be ignored by the decoder, and the test passed or failed with the random IV)
        int at = sealed.length() / 2 + 4;
        char was = sealed.charAt(at);
        String altered = sealed.substring(0, at) + (was == 'A' ? 'z' : 'A') + sealed.substring(at + 1);
        assertThatThrownBy(() -> cipher.open(altered)).hasMessageContaining("altered or wrong key");
    }

    @ParameterizedTest
    @CsvSource(value = {"''", "'   '", "bm90LTE2LWJ5dGVz", "not base64!"}, quoteCharacter = '\'')
    void withoutAUsableKeyThePlatformRefusesToStartNamingTheSetting(String key) {
        assertThatThrownBy(() -> new PersonalDataCipher(key, "1", ""))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("platform.personal-data.key");
    }

    @Test
    void theBlindIndexMatchesEqualValuesWhateverTheirCaseAndRevealsNothing() {
        assertThat(cipher.blindIndex(" Z@Example.com ")).isEqualTo(cipher.blindIndex("z@example.com"))
                .hasSize(64).doesNotContain("example");
        assertThat(cipher.blindIndex("y@example.com")).isNotEqualTo(cipher.blindIndex("z@example.com"));
        assertThat(new PersonalDataCipher(KEY_2, "2", "").blindIndex("z@example.com"))
                .isNotEqualTo(cipher.blindIndex("z@example.com"));
    }

    @ParameterizedTest
    @CsvSource({"13812341234, 138****1234", "zhang@example.com, z***@example.com", "0570-1234567, ********4567",
            "110101199001011234, ********1234", "abc, ****"})
    void personalDataIsMaskedByKind(String value, String masked) {
        assertThat(Masks.mask(value)).isEqualTo(masked);
    }
}
