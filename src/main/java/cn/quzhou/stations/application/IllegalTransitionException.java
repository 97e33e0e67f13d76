package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.BusinessRuleException;

/** The application is not at a step where this can happen (already handled, or never possible): HTTP 409. */
public class IllegalTransitionException extends BusinessRuleException {

    public IllegalTransitionException(ApplicationStatus status, ReviewDecision decision) {
        super(null, "application.error.illegalTransition", status.name(), decision.name());
    }
}
