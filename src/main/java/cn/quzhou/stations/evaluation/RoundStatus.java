package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.shared.Labels;

/**
 * A year's evaluation round: open for reports and scoring, decided by the CAST party-group meeting, at the city
 * talent office, approved, published (then read-only).
 */
@Labels("evaluation.round")
public enum RoundStatus {
    OPEN, DECIDED, AT_TALENT, APPROVED, PUBLISHED
}
