package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.shared.Labels;

/** What one opinion box of the evaluation route records. */
@Labels("evaluation.decision")
public enum RouteDecision {
    SUBMIT, PASS, RETURN, VERIFY, NOT_SUBMITTED, REOPEN, DECIDE, REPORT, APPROVE, PUBLISH
}
