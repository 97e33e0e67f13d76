package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.ConflictException;

/** The application is not at a step where this can happen (already handled, or never possible): HTTP 409. */
public class IllegalTransitionException extends ConflictException {

    public IllegalTransitionException(ApplicationStatus status, ReviewDecision decision) {
        super(null, "application.error.illegalTransition", new Object[] {
                ConflictException.label(status),
                ConflictException.label(decision)});
    }
}
