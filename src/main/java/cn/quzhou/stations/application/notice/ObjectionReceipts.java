package cn.quzhou.stations.application.notice;

import cn.quzhou.stations.application.notice.internal.NoticeItem;
import cn.quzhou.stations.application.notice.internal.Objection;
import cn.quzhou.stations.application.notice.internal.ObjectionRepository;
import cn.quzhou.stations.application.notice.internal.PublicNotice;
import cn.quzhou.stations.application.notice.internal.PublicNoticeRepository;
import cn.quzhou.stations.application.notice.internal.ReceiptNumbers;
import cn.quzhou.stations.shared.OpenEntry;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public look-up of an objection by its receipt number (回执号). Two factors: the random receipt and the last four
 * characters of the contact the objector gave. Every miss — unknown receipt, wrong tail, contact removed by the
 * retention job — gets the same empty answer, and more than {@code platform.notice.lookup-failures-per-hour} misses
 * from one address within an hour are refused, so codes cannot be tried in bulk.
 */
@Service
@Transactional
public class ObjectionReceipts {

    private static final int TAIL = 4;

    private final ObjectionRepository objections;
    private final PublicNoticeRepository notices;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final int failuresPerHour;

    ObjectionReceipts(ObjectionRepository objections, PublicNoticeRepository notices, JdbcClient jdbc, Clock clock,
                      @Value("${platform.notice.lookup-failures-per-hour:10}") int failuresPerHour) {
        this.objections = objections;
        this.notices = notices;
        this.jdbc = jdbc;
        this.clock = clock;
        this.failuresPerHour = failuresPerHour;
    }

    /** The objection's outcome, or empty for any miss (recorded against {@code clientIp}). */
    @OpenEntry(value = OpenEntry.Audience.PUBLIC, why = "the public look-up by receipt number, throttled")
    public Optional<ObjectionOutcome> lookup(ObjectionLookup q, String clientIp) {
        String ip = clientIp == null ? "unknown" : clientIp;
        if (recentFailures(ip) >= failuresPerHour) {
            throw new TooManyLookupsException();
        }
        String receipt = ReceiptNumbers.normalise(q.receipt());
        Optional<ObjectionOutcome> found = Optional.ofNullable(receipt).flatMap(objections::findByReceipt)
                .filter(o -> tailMatches(o.getContact(), q.contactTail()))
                .map(this::outcome);
        if (found.isEmpty()) {
            jdbc.sql("insert into objection_lookup_failure (client_ip, failed_at) values (?, ?)")
                    .params(ip, Timestamp.from(clock.instant())).update();
        }
        return found;
    }

    private long recentFailures(String ip) {
        return jdbc.sql("select count(*) from objection_lookup_failure where client_ip = ? and failed_at > ?")
                .params(ip, Timestamp.from(clock.instant().minus(Duration.ofHours(1)))).query(Long.class).single();
    }

    /** Compared in constant time, so the answer's timing does not tell how much of the tail was right. */
    static boolean tailMatches(String contact, String typed) {
        if (contact == null || typed == null || contact.strip().length() < TAIL) {
            return false;
        }
        String c = contact.strip();
        byte[] expected = c.substring(c.length() - TAIL).toLowerCase().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, typed.strip().toLowerCase().getBytes(StandardCharsets.UTF_8));
    }

    private ObjectionOutcome outcome(Objection o) {
        PublicNotice notice = notices.findById(o.getNoticeId()).orElseThrow();
        String station = notice.getItems().stream().filter(i -> i.getApplicationId() == o.getApplicationId())
                .findFirst().map(NoticeItem::getStationName).orElse(null);
        return new ObjectionOutcome(o.getReceipt(), notice.getTitle(), station, o.getReceivedAt(), o.getStatus(),
                o.getResolution(), o.getResolvedAt());
    }
}
