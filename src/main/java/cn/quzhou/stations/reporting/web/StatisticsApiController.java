package cn.quzhou.stations.reporting.web;

import cn.quzhou.stations.reporting.Statistics;
import cn.quzhou.stations.reporting.StatisticsView;
import cn.quzhou.stations.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The statistics over the API: same figures, permission and data scope as the page. */
@ApiController
@RequestMapping("/api/reports")
@Tag(name = "reporting", description = "api.tag.reporting")
class StatisticsApiController {

    private final Statistics statistics;

    StatisticsApiController(Statistics statistics) {
        this.statistics = statistics;
    }

    @GetMapping("/statistics")
    @Operation(summary = "api.op.reporting.statistics")
    StatisticsView statistics(@RequestParam(required = false) Integer year) {
        return statistics.of(year);
    }
}
