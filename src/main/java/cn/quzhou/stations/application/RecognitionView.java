package cn.quzhou.stations.application;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The joint recognition document (市委人才办 + 市科协): number, date and the table of stations. */
public record RecognitionView(long id, long noticeId, String number, String title, LocalDate issuedOn,
                              String issuedBy, Instant issuedAt, List<Line> stations) {

    public record Line(long applicationId, String stationName, SocietyLevel level, String unitName, String societyName) {
    }
}
