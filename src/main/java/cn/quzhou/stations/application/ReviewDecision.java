package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.Labels;

/** What a step recorded: the applicant's submissions and 撤回 (WITHDRAW), and a reviewer's pass, return or rejection. */
@Labels("application.decision")
public enum ReviewDecision {
    SUBMIT, RESUBMIT, PASS, RETURN, REJECT, WITHDRAW
}
