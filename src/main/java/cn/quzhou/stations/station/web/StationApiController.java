package cn.quzhou.stations.station.web;

import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.station.StationFilter;
import cn.quzhou.stations.station.StationRow;
import cn.quzhou.stations.station.StationStatus;
import cn.quzhou.stations.station.EvidenceCommand;
import cn.quzhou.stations.station.EvidenceFilter;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.station.EvidenceView;
import cn.quzhou.stations.station.FeedbackView;
import cn.quzhou.stations.station.SocietyFeedback;
import cn.quzhou.stations.station.StationEvidence;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.RevocationCommand;
import cn.quzhou.stations.station.Revocations;
import cn.quzhou.stations.station.Stations;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;

/** The station registry and its evidence over the API, under the same permissions and data scope. */
@ApiController
@RequestMapping("/api/stations")
@Tag(name = "stations", description = "api.tag.stations")
class StationApiController {

    private final Stations stations;
    private final StationEvidence evidence;
    private final SocietyFeedback feedback;
    private final Revocations revocations;

    StationApiController(Stations stations, StationEvidence evidence, SocietyFeedback feedback,
                         Revocations revocations) {
        this.stations = stations;
        this.revocations = revocations;
        this.evidence = evidence;
        this.feedback = feedback;
    }

    @GetMapping
    @Operation(summary = "api.op.stations.list")
    ApiPage<StationRow> list(@ListParameters(sort = "name,asc") ListRequest request,
                             @RequestParam(required = false) Long jurisdiction,
                             @RequestParam(required = false) SocietyLevel level,
                             @RequestParam(required = false) StationStatus status) {
        return ApiPage.of(stations.page(request, new StationFilter(jurisdiction, level, status)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "api.op.stations.get")
    StationView get(@PathVariable long id) {
        return stations.get(id);
    }

    @GetMapping("/{id}/evidence")
    @Operation(summary = "api.op.stations.evidence")
    ApiPage<EvidenceView> evidence(@PathVariable long id,
                                   @ListParameters(sort = "occurredOn,desc", keyset = true) ListRequest request,
                                   @RequestParam(required = false) Integer year,
                                   @RequestParam(required = false) EvidenceKind kind,
                                   @RequestParam(required = false) String item) {
        return ApiPage.of(evidence.page(id, request, new EvidenceFilter(year, kind, item)));
    }

    @GetMapping("/{id}/feedback")
    @Operation(summary = "api.op.stations.feedback")
    List<FeedbackView> feedback(@PathVariable long id) {
        return feedback.of(id);
    }

    @PostMapping("/{id}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.stations.record")
    EvidenceView record(@PathVariable long id, @Valid @RequestBody EvidenceCommand command) {
        return evidence.record(id, command, null, null);
    }

    /**
     * 撤销 for any of the six causes of Art. 18, as the station page does it: the fields as form parts, the evidence
     * file (optional, as on the page) as the part {@code evidence}.
     */
    @PostMapping(path = "/{id}/revocation", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.stations.revoke")
    Revocations.RevocationView revoke(@PathVariable long id, @Valid @ModelAttribute RevocationCommand command,
                                      @RequestPart(required = false) MultipartFile evidence) throws IOException {
        try (InputStream content = evidence == null || evidence.isEmpty() ? null : evidence.getInputStream()) {
            return revocations.revoke(id, command, evidence == null ? null : evidence.getOriginalFilename(), content);
        }
    }
}
