package cn.quzhou.stations.application.recognition;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The joint recognition document of a notice on its way between the two offices: what the city CAST prepared
 * ({@code issuedOn} null: the day of the confirmation), who confirmed or returned it, and the issued document's id
 * once confirmed. {@code version} is sent back with the next step.
 */
public record JointRecognitionView(long id, long noticeId, JointRecognitionStatus status, String title,
                                   LocalDate issuedOn, List<Station> stations,
                                   RecognitionView.Confirmation prepared, RecognitionView.Confirmation confirmed,
                                   RecognitionView.Confirmation returned, String returnReason, Long recognitionId,
                                   int version) {

    public record Station(long applicationId, String stationName) {
    }
}
