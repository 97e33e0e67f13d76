package cn.quzhou.stations.station.web;

import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.station.StationFilter;
import cn.quzhou.stations.station.StationStatus;
import cn.quzhou.stations.station.FeedbackCommand;
import cn.quzhou.stations.station.FeedbackView;
import cn.quzhou.stations.station.SocietyFeedback;
import cn.quzhou.stations.station.SocietyStationView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The society contact's stations and feedback on cooperation over the API (Art. 18(6)). */
@ApiController
@RequestMapping("/api/society/stations")
@Tag(name = "stations", description = "api.tag.stations")
class SocietyStationApiController {

    private final SocietyFeedback feedback;

    SocietyStationApiController(SocietyFeedback feedback) {
        this.feedback = feedback;
    }

    @GetMapping
    @Operation(summary = "api.op.society.stations")
    ApiPage<SocietyStationView> list(@ListParameters(sort = "name,asc") ListRequest request,
                                     @RequestParam(required = false) Long jurisdiction,
                                     @RequestParam(required = false) SocietyLevel level,
                                     @RequestParam(required = false) StationStatus status) {
        return ApiPage.of(feedback.page(request, new StationFilter(jurisdiction, level, status)).list());
    }

    @GetMapping("/{id}")
    @Operation(summary = "api.op.society.station")
    SocietyStationView get(@PathVariable long id) {
        return feedback.station(id);
    }

    @PostMapping("/{id}/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.society.feedback")
    FeedbackView record(@PathVariable long id, @Valid @RequestBody FeedbackCommand command) {
        return feedback.record(id, command);
    }
}
