package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The one optimistic-version check: a stale or missing version is a conflict that says what happened. */
class VersionedTests {

    @Test
    void theVersionTheUserSawPasses() {
        assertThatCode(() -> Versioned.require(3, 3, "error.concurrentModification")).doesNotThrowAnyException();
    }

    @Test
    void anOlderVersionIsAConflictWithItsMessage() {
        assertThatThrownBy(() -> Versioned.require(4, 3, "error.concurrentModification"))
                .isInstanceOf(ConflictException.class)
                .satisfies(e -> org.assertj.core.api.Assertions.assertThat(((ConflictException) e).messageKey())
                        .isEqualTo("error.concurrentModification"));
    }

    @Test
    void aCommandWithoutVersionIsAConflictUnlessTheVersionIsOptional() {
        assertThatThrownBy(() -> Versioned.require(1, null, "error.concurrentModification"))
                .isInstanceOf(ConflictException.class);
        assertThatCode(() -> Versioned.requireIfGiven(1, null, "announcement.error.changed"))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> Versioned.requireIfGiven(2, 1, "announcement.error.changed"))
                .isInstanceOf(ConflictException.class);
    }
}
