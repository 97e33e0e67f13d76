package cn.quzhou.stations.application.notice;

import java.time.Instant;

/**
 * An objection as the city offices see it: the contact masked (135****0000), the content plain text as typed (shown
 * escaped).
 */
public record ObjectionView(long id, long noticeId, long applicationId, String stationName, String name,
                            String contact, String content, String fileName, Instant receivedAt,
                            ObjectionStatus status, String resolution, String resolvedBy, Instant resolvedAt,
                            int version) {

    public boolean hasFile() {
        return fileName != null;
    }
}
