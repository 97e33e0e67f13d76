package cn.quzhou.stations.organisation.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.organisation.Role;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The TOTP arithmetic against RFC 6238's own test vectors, its Base32 against RFC 4648's, the policy and the sealing. */
class TotpTests {

    private static final byte[] SHA1_KEY = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA256_KEY = "12345678901234567890123456789012".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] SHA512_KEY = ("1234567890123456789012345678901234567890123456789012345678901234")
            .getBytes(StandardCharsets.US_ASCII);

    /** RFC 6238, Appendix B: every row of the table. */
    @ParameterizedTest(name = "at {0} s: SHA1 {1}, SHA256 {2}, SHA512 {3}")
    @CsvSource({
        "59,          94287082, 46119246, 90693936",
        "1111111109,  07081804, 68084774, 25091201",
        "1111111111,  14050471, 67062674, 99943326",
        "1234567890,  89005924, 91819424, 93441116",
        "2000000000,  69279037, 90698825, 38618901",
        "20000000000, 65353130, 77737706, 47863826"})
    void theRfc6238TestVectorsComeOut(long seconds, String sha1, String sha256, String sha512) {
        long step = Totp.step(Instant.ofEpochSecond(seconds));
        assertThat(Totp.code(SHA1_KEY, step, "HmacSHA1", 8)).isEqualTo(sha1);
        assertThat(Totp.code(SHA256_KEY, step, "HmacSHA256", 8)).isEqualTo(sha256);
        assertThat(Totp.code(SHA512_KEY, step, "HmacSHA512", 8)).isEqualTo(sha512);
        // what the apps show: the same HMAC-SHA1 value, six digits
        assertThat(Totp.code(SHA1_KEY, step)).isEqualTo(sha1.substring(2));
    }

    @Test
    void aStepLastsThirtySeconds() {
        assertThat(Totp.step(Instant.ofEpochSecond(59))).isEqualTo(1);
        assertThat(Totp.step(Instant.ofEpochSecond(60))).isEqualTo(2);
        assertThat(Totp.step(Instant.ofEpochSecond(89))).isEqualTo(2);
    }

    /** RFC 4648 §10, without the padding authenticator apps do not want. */
    @ParameterizedTest(name = "\"{0}\" ↔ {1}")
    @CsvSource({"f, MY", "fo, MZXQ", "foo, MZXW6", "foob, MZXW6YQ", "fooba, MZXW6YTB", "foobar, MZXW6YTBOI"})
    void base32FollowsRfc4648(String text, String encoded) {
        assertThat(Base32.encode(text.getBytes(StandardCharsets.US_ASCII))).isEqualTo(encoded);
        assertThat(new String(Base32.decode(encoded.toLowerCase() + "=="), StandardCharsets.US_ASCII)).isEqualTo(text);
    }

    @Test
    void base32RefusesWhatIsNotBase32() {
        assertThatThrownBy(() -> Base32.decode("MZ1W")).isInstanceOf(IllegalArgumentException.class);
    }

    /** The production default: every role but the applicant unit's must give a code. */
    @ParameterizedTest(name = "{0}")
    @EnumSource(Role.class)
    void byDefaultEveryRoleButTheApplicantMustEnrol(Role role) {
        SecondFactorPolicy policy = SecondFactorPolicy.of("COUNTY_CAST, COUNTY_TALENT,CITY_CAST,CITY_TALENT,EXPERT,"
                + "SOCIETY_CONTACT,SYSTEM_ADMIN,SECURITY_ADMIN,AUDIT_ADMIN");
        assertThat(policy.ask(EnumSet.of(role), SecondFactorPolicy.State.NONE))
                .isEqualTo(role == Role.APPLICANT ? SecondFactorPolicy.Ask.NOTHING : SecondFactorPolicy.Ask.ENROL);
        assertThat(policy.ask(EnumSet.of(role), SecondFactorPolicy.State.ENROLLED)).isEqualTo(SecondFactorPolicy.Ask.CODE);
        assertThat(policy.ask(EnumSet.of(role), SecondFactorPolicy.State.MUST_ENROL)).isEqualTo(SecondFactorPolicy.Ask.ENROL);
    }

    /** After the government login: only a role the policy requires brings the platform's own code back. */
    @ParameterizedTest(name = "{0} in state {1}: {2}")
    @CsvSource({
            "APPLICANT,       NONE,       NOTHING",
            "APPLICANT,       ENROLLED,   NOTHING",
            "APPLICANT,       MUST_ENROL, NOTHING",
            "SOCIETY_CONTACT, NONE,       ENROL",
            "SOCIETY_CONTACT, ENROLLED,   CODE",
            "SOCIETY_CONTACT, MUST_ENROL, ENROL",
    })
    void aGovernmentSignInIsAskedForTheCodeOnlyWhenARoleRequiresIt(Role role, SecondFactorPolicy.State state,
                                                                  SecondFactorPolicy.Ask expected) {
        SecondFactorPolicy policy = SecondFactorPolicy.of("SOCIETY_CONTACT");
        assertThat(policy.askAfterIdentityProvider(EnumSet.of(Role.APPLICANT, role), state)).isEqualTo(expected);
    }

    @Test
    void withNoRoleRequiredOnlyEnrolledOrResetAccountsAreAsked() {
        SecondFactorPolicy none = SecondFactorPolicy.of("");
        assertThat(none.ask(EnumSet.of(Role.CITY_CAST), SecondFactorPolicy.State.NONE)).isEqualTo(SecondFactorPolicy.Ask.NOTHING);
        assertThat(none.ask(EnumSet.of(Role.CITY_CAST), SecondFactorPolicy.State.ENROLLED)).isEqualTo(SecondFactorPolicy.Ask.CODE);
        assertThat(none.ask(EnumSet.of(Role.APPLICANT), SecondFactorPolicy.State.MUST_ENROL)).isEqualTo(SecondFactorPolicy.Ask.ENROL);
    }

    @Test
    void withAKeyTheSecretIsStoredEncryptedAndOnlyThatKeyOpensIt() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        SecretCipher cipher = new SecretCipher(Base64.getEncoder().encodeToString(new byte[32]));
        String sealed = cipher.seal(secret);
        assertThat(sealed).startsWith("aes:").doesNotContain(Base32.encode(secret));
        assertThat(cipher.seal(secret)).as("a fresh nonce each time").isNotEqualTo(sealed);
        assertThat(cipher.open(sealed)).isEqualTo(secret);
        byte[] otherKey = new byte[32];
        otherKey[0] = 1;
        assertThatThrownBy(() -> new SecretCipher(Base64.getEncoder().encodeToString(otherKey)).open(sealed))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new SecretCipher("", false).open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void withoutAKeyTheSecretIsStoredPlainAndStaysReadableOnceAKeyIsSet() {
        byte[] secret = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
        String plain = new SecretCipher("", false).seal(secret);
        assertThat(plain).startsWith("plain:");
        assertThat(new SecretCipher(Base64.getEncoder().encodeToString(new byte[32])).open(plain)).isEqualTo(secret);
    }
}
