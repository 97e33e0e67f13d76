package cn.quzhou.stations.evaluation;

/** What one opinion box of the evaluation route records. */
public enum RouteDecision {
    SUBMIT, PASS, RETURN, VERIFY, NOT_SUBMITTED, REOPEN, DECIDE, REPORT, APPROVE, PUBLISH
}
