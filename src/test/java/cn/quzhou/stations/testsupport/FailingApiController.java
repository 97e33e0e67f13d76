package cn.quzhou.stations.testsupport;

import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.IllegalTransitionException;
import cn.quzhou.stations.application.ReviewDecision;
import cn.quzhou.stations.application.notice.TooManyObjectionsException;
import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ConflictException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;

/** Test-only: API endpoints that fail, to show how the API answers failures. */
@ApiController
class FailingApiController {

    @GetMapping("/api/test-support/fail")
    String fail() {
        throw new IllegalStateException(FailingController.SECRET_DETAIL);
    }

    @GetMapping("/api/test-support/conflict")
    String conflict() {
        throw ConflictException.of("error.concurrentModification");
    }

    @GetMapping("/api/test-support/illegal-transition")
    String illegalTransition() {
        throw new IllegalTransitionException(ApplicationStatus.RECOGNISED, ReviewDecision.PASS);
    }

    @GetMapping("/api/test-support/too-many")
    String tooMany() {
        throw new TooManyObjectionsException();
    }

    /** What the connection pool throws while the database restarts. */
    @GetMapping("/api/test-support/unavailable")
    String unavailable() {
        throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction");
    }
}
