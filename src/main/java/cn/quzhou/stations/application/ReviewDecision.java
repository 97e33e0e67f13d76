package cn.quzhou.stations.application;

/** What a step recorded: the applicant's submissions, and a reviewer's pass, return or rejection. */
public enum ReviewDecision {
    SUBMIT, RESUBMIT, PASS, RETURN, REJECT
}
