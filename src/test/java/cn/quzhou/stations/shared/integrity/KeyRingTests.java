package cn.quzhou.stations.shared.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.shared.Integrity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyRingTests {

    private static final String KEY = "MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY=";
    private static final String OTHER = "ZmVkY2JhOTg3NjU0MzIxMGZlZGNiYTk4NzY1NDMyMTA=";

    @ParameterizedTest(name = "{0} / key {1} → refused naming {2}")
    @CsvSource(delimiter = '|', textBlock = """
            HMAC-SM3    |                                              | platform.integrity.key (PLATFORM_INTEGRITY_KEY)
            HMAC-SM3    | not base64!                                  | platform.integrity.key (PLATFORM_INTEGRITY_KEY) is not Base64
            HMAC-SM3    | c2hvcnQ=                                     | platform.integrity.key (PLATFORM_INTEGRITY_KEY) is too short
            HMAC-MD5    | MDEyMzQ1Njc4OWFiY2RlZjAxMjM0NTY3ODlhYmNkZWY= | platform.integrity.algorithm
            """)
    void aMissingOrWrongKeyStopsTheStartNamingTheSetting(String algorithm, String key, String named) {
        assertThatThrownBy(() -> new KeyRing(new IntegrityProperties(algorithm, key, null, null, null, false)))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(named);
    }

    @Test
    void aKeyFileThatDoesNotExistIsNamed(@TempDir Path dir) {
        Path missing = dir.resolve("integrity.key");
        assertThatThrownBy(() -> new KeyRing(new IntegrityProperties(null, null, null, missing.toString(), null, false)))
                .hasMessageContaining("platform.integrity.key-file (PLATFORM_INTEGRITY_KEY_FILE)")
                .hasMessageContaining(missing.toString());
    }

    @Test
    void theDemoGeneratesAnOwnerOnlyKeyFileOnceAndKeepsIt(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("integrity.key");
        Integrity first = new KeyRing(new IntegrityProperties(null, null, null, file.toString(), null, true));
        Integrity.Seal seal = first.seal("row");
        Integrity again = new KeyRing(new IntegrityProperties(null, null, null, file.toString(), null, true));
        assertThat(again.check(seal.keyId(), "row", seal.mac())).isEqualTo(Integrity.Check.VALID);
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
    }

    @ParameterizedTest(name = "{0} makes a {1} MAC")
    @CsvSource({"HMAC-SM3, sm3:", "HMAC-SHA256, sha256:"})
    void theMacNamesItsAlgorithmAndVerifiesOnlyItsOwnContent(String algorithm, String prefix) {
        Integrity ring = TestKeys.ring(algorithm, "k1", KEY, null);
        Integrity.Seal seal = ring.seal("published result 42: 合格");
        assertThat(seal.keyId()).isEqualTo("k1");
        assertThat(seal.mac()).startsWith(prefix).hasSize(prefix.length() + 64);
        assertThat(ring.check("k1", "published result 42: 合格", seal.mac())).isEqualTo(Integrity.Check.VALID);
        assertThat(ring.check("k1", "published result 42: 优秀", seal.mac())).isEqualTo(Integrity.Check.INVALID);
        assertThat(TestKeys.ring(algorithm, "k1", OTHER, null).check("k1", "published result 42: 合格", seal.mac()))
                .isEqualTo(Integrity.Check.INVALID);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "HMAC-SM3,    sm3:27d5235d7f025fdda35a71e22d0026cd4ed95a3506e9ca1f7c2a44fa74aa85dd",
            "HMAC-SHA256, sha256:a60c859a6827c5ea576a48d8d368672fbfe4667c6a927428284a0cb3859cc1d6"})
    void theHmacMatchesAnIndependentImplementation(String algorithm, String expected) {
        // RFC 2104 over SM3 (GB/T 32905) and SHA-256, computed with OpenSSL through Python's hmac module
        assertThat(TestKeys.ring(algorithm, "k1", KEY, null).seal("abc").mac()).isEqualTo(expected);
    }

    @Test
    void aRotatedKeyStillVerifiesWhatTheRetiredKeySealed() {
        Integrity.Seal old = TestKeys.ring(null, "k1", KEY, null).seal("ledger line 7");
        Integrity rotated = TestKeys.ring(null, "k2", OTHER, "k1=" + KEY);
        assertThat(rotated.seal("x").keyId()).isEqualTo("k2");
        assertThat(rotated.check("k1", "ledger line 7", old.mac())).isEqualTo(Integrity.Check.VALID);
        assertThat(TestKeys.ring(null, "k2", OTHER, null).check("k1", "ledger line 7", old.mac()))
                .isEqualTo(Integrity.Check.KEY_UNAVAILABLE);
    }
}
