package cn.quzhou.stations.application.notice.web;

import cn.quzhou.stations.application.notice.PlatformDate;
import cn.quzhou.stations.application.notice.WorkingCalendar;
import cn.quzhou.stations.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;

/** The platform's date for any signed-in client: a script judges deadlines on the same day as the platform. */
@ApiController
@Tag(name = "platform", description = "api.tag.platform")
class PlatformDateApiController {

    private final WorkingCalendar calendar;

    PlatformDateApiController(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    @GetMapping("/api/platform/date")
    @Operation(summary = "api.op.platform.date")
    PlatformDate date() {
        return calendar.today();
    }
}
