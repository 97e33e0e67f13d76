package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.application.recognition.JointRecognitionStatus;
import cn.quzhou.stations.application.recognition.JointRecognitionStatus.Step;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The joint recognition document's transition table (Art. 5(3)): every (state, step) pair, allowed or refused. */
class JointRecognitionStatusTests {

    @ParameterizedTest(name = "{0} by {1} → {2}")
    @CsvSource(nullValues = "refused", textBlock = """
            PREPARED, CONFIRM, ISSUED
            PREPARED, RETURN,  RETURNED
            PREPARED, PREPARE, refused
            RETURNED, PREPARE, PREPARED
            RETURNED, CONFIRM, refused
            RETURNED, RETURN,  refused
            ISSUED,   PREPARE, refused
            ISSUED,   CONFIRM, refused
            ISSUED,   RETURN,  refused
            """)
    void onlyTheTalentOfficeConfirmsAndOnlyAReturnedDocumentIsPreparedAgain(JointRecognitionStatus from, Step step,
                                                                           JointRecognitionStatus to) {
        assertThat(from.after(step).orElse(null)).isEqualTo(to);
    }
}
