package cn.quzhou.stations.station;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One feedback of the partner society on a station, as recorded (never edited).
 *
 * @param inForce whether it is the station's newest feedback, the one that supersedes the earlier ones
 */
public record FeedbackView(long id, long stationId, String stationName, long societyId, String societyName,
                           LocalDate givenOn, FeedbackRating rating, String text, boolean noFurtherCooperation,
                           String recordedBy, Instant recordedAt, boolean inForce) {
}
