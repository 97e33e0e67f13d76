package cn.quzhou.stations.application;

/** Published at every hand-over of an application (submission, each decision), after it is saved. */
public record ApplicationReviewed(long applicationId, long hostUnitId, long jurisdictionId, ApplicationStatus from,
                                  ReviewDecision decision, ApplicationStatus to) {
}
