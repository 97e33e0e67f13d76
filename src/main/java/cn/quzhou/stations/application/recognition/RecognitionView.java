package cn.quzhou.stations.application.recognition;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The joint recognition document (市委人才办 + 市科协): number, date, the table of stations and the two offices'
 * confirmations — {@code prepared} by the city CAST, {@code confirmed} by the city talent office (both null on a
 * document issued before the joint confirmation existed).
 */
public record RecognitionView(long id, long noticeId, String number, String title, LocalDate issuedOn,
                              String issuedBy, Instant issuedAt, List<Line> stations,
                              Confirmation prepared, Confirmation confirmed) {

    public record Line(long applicationId, String stationName, SocietyLevel level, String unitName, String societyName) {
    }

    /** One office's confirmation: who (the account's display name) and when. */
    public record Confirmation(String name, Instant at) {
    }
}
