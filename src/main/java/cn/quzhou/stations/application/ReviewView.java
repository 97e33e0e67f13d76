package cn.quzhou.stations.application;

import java.time.Instant;

/** One filled opinion box. */
public record ReviewView(int seq, ApplicationStatus step, ReviewDecision decision, String office, String reviewerName,
                         String opinion, boolean sealConfirmed, java.util.UUID sealFileId, Instant decidedAt) {
}
