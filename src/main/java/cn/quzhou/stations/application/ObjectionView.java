package cn.quzhou.stations.application;

import java.time.Instant;

/** An objection as the city offices see it. The content is plain text as typed (shown escaped). */
public record ObjectionView(long id, long noticeId, long applicationId, String stationName, String name,
                            String contact, String content, String fileName, Instant receivedAt,
                            ObjectionStatus status, String resolution, String resolvedBy, Instant resolvedAt,
                            int version) {

    public boolean hasFile() {
        return fileName != null;
    }
}
