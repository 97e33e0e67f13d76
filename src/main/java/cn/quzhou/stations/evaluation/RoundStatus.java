package cn.quzhou.stations.evaluation;

/**
 * A year's evaluation round: open for reports and scoring, decided by the CAST party-group meeting, at the city
 * talent office, approved, published (then read-only).
 */
public enum RoundStatus {
    OPEN, DECIDED, AT_TALENT, APPROVED, PUBLISHED
}
