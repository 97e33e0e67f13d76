package cn.quzhou.stations.testsupport;

import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ConflictException;
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
}
