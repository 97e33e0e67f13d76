package cn.quzhou.stations.application.notice;

import java.time.Instant;

/**
 * What the objector sees on the public look-up page: which notice and station the objection was about, when it came
 * in, and how the city CAST resolved it. No personal data: not the name, not the contact, not the content.
 */
public record ObjectionOutcome(String receipt, String noticeTitle, String stationName, Instant receivedAt,
                               ObjectionStatus status, String resolution, Instant resolvedAt) {
}
