package cn.quzhou.stations.testsupport;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Test-only: an endpoint that fails, to show what a user sees when the platform does. */
@RestController
class FailingController {

    static final String SECRET_DETAIL = "secret-internal-detail-42";

    @GetMapping("/test-support/fail")
    String fail() {
        throw new IllegalStateException(SECRET_DETAIL);
    }
}
