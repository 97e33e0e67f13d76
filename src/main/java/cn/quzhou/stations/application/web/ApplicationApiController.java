package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.ApplicationDraft;
import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.ApplicationFilter;
import cn.quzhou.stations.application.ApplicationSummary;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.application.ApplicationView;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.AttachmentKind;
import cn.quzhou.stations.application.AttachmentView;
import cn.quzhou.stations.application.ReviewCommand;
import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * 申请书 over the API — the same facade, permissions and data scope as the pages. An impossible
 * transition or a stale version answers 409 with the reason.
 */
@ApiController
@RequestMapping("/api/applications")
@Tag(name = "applications", description = "api.tag.applications")
class ApplicationApiController {

    private final Applications applications;

    ApplicationApiController(Applications applications) {
        this.applications = applications;
    }

    @GetMapping
    @Operation(summary = "api.op.applications.list")
    ApiPage<ApplicationSummary> list(@ListParameters(sort = "submittedAt,desc") ListRequest request,
                                     @RequestParam(required = false) Long jurisdiction,
                                     @RequestParam(required = false) SocietyLevel level,
                                     @RequestParam(required = false) ApplicationStatus status,
                                     @RequestParam(required = false) Integer year) {
        return ApiPage.of(applications.page(request, new ApplicationFilter(jurisdiction, level, status, year)));
    }

    @GetMapping("/{id}")
    @Operation(summary = "api.op.applications.get")
    ApplicationView get(@PathVariable long id) {
        return applications.get(id);
    }

    @PostMapping
    @Operation(summary = "api.op.applications.create")
    ResponseEntity<ApplicationView> create(@Valid @RequestBody ApplicationDraft draft) {
        ApplicationView created = applications.startDraftAnswered(draft);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    /**
     * 纸质申请: staff enter a unit's paper application, as the page /applications/paper/new does; it is then saved,
     * given attachments and submitted through the same calls as any draft.
     */
    @PostMapping("/paper")
    @Operation(summary = "api.op.applications.createPaper")
    ResponseEntity<ApplicationView> createPaper(@RequestParam long unitId, @Valid @RequestBody ApplicationDraft draft) {
        ApplicationView created = applications.startPaperDraftAnswered(unitId, draft);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentContextPath().path("/api/applications/{id}")
                .buildAndExpand(created.id()).toUri()).body(created);
    }

    @PutMapping("/{id}")
    @Operation(summary = "api.op.applications.save")
    Map<String, Integer> save(@PathVariable long id, @RequestParam int version, @Valid @RequestBody ApplicationDraft draft) {
        return Map.of("version", applications.saveDraft(id, version, draft));
    }

    @PostMapping("/{id}/submit")
    @Operation(summary = "api.op.applications.submit")
    ApplicationView submit(@PathVariable long id, @RequestParam int version) {
        return applications.submitAnswered(id, version);
    }

    @PostMapping("/{id}/decisions")
    @Operation(summary = "api.op.applications.decide")
    ApplicationView decide(@PathVariable long id, @Valid @RequestBody ReviewCommand command) {
        return applications.decideAnswered(id, command);
    }

    @PostMapping(path = "/{id}/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "api.op.applications.attach")
    AttachmentView attach(@PathVariable long id, @RequestParam AttachmentKind kind, @RequestPart MultipartFile file)
            throws IOException {
        try (InputStream content = file.getInputStream()) {
            return applications.attach(id, kind, file.getOriginalFilename(), content);
        }
    }

    // the stored file's own type (the content is checked on upload); springdoc documents these
    @GetMapping(path = "/{id}/attachments/{attachmentId}", produces = {MediaType.APPLICATION_PDF_VALUE,
            MediaType.IMAGE_JPEG_VALUE, MediaType.IMAGE_PNG_VALUE,
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document"})
    @Operation(summary = "api.op.applications.download")
    ResponseEntity<Resource> download(@PathVariable long id, @PathVariable long attachmentId) {
        Applications.Download download = applications.download(id, attachmentId);
        return FileDownloads.attachment(download.file(), download.content());
    }
}
