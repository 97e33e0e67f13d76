package cn.quzhou.stations.application.notice.web;

import cn.quzhou.stations.application.notice.NoticeDefaults;
import cn.quzhou.stations.application.notice.NoticeFilter;
import cn.quzhou.stations.application.notice.NoticeState;
import cn.quzhou.stations.application.notice.NoticeSummary;
import cn.quzhou.stations.application.notice.NoticeView;
import cn.quzhou.stations.application.notice.ObjectionStatus;
import cn.quzhou.stations.application.notice.ObjectionView;
import cn.quzhou.stations.application.notice.OpenNoticeCommand;
import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.application.notice.ResolveObjectionCommand;
import cn.quzhou.stations.application.recognition.ConfirmRecognitionCommand;
import cn.quzhou.stations.application.recognition.JointRecognitionView;
import cn.quzhou.stations.application.recognition.RecogniseCommand;
import cn.quzhou.stations.application.recognition.RecognitionView;
import cn.quzhou.stations.application.recognition.Recognitions;
import cn.quzhou.stations.application.recognition.ReturnRecognitionCommand;
import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The city offices' notice actions over the API; an impossible transition answers 409. */
@ApiController
@RequestMapping("/api/notices")
@Tag(name = "notices", description = "api.tag.notices")
class NoticeApiController {

    private final PublicNotices notices;
    private final Recognitions recognitions;

    private final org.springframework.context.MessageSource messages;

    NoticeApiController(PublicNotices notices, Recognitions recognitions,
                        org.springframework.context.MessageSource messages) {
        this.messages = messages;
        this.notices = notices;
        this.recognitions = recognitions;
    }

    @GetMapping
    @Operation(summary = "api.op.notices.list")
    ApiPage<NoticeSummary> list(@ListParameters(sort = "openedAt,desc") ListRequest request,
                                @RequestParam(required = false) NoticeState state,
                                @RequestParam(required = false) Integer year) {
        return ApiPage.of(notices.page(request, new NoticeFilter(state, year)));
    }

    @GetMapping("/{id}/objections")
    @Operation(summary = "api.op.notices.objections")
    ApiPage<ObjectionView> objections(@PathVariable long id,
                                      @ListParameters(sort = "receivedAt,asc") ListRequest request,
                                      @RequestParam(required = false) ObjectionStatus status) {
        notices.header(id);
        return ApiPage.of(notices.objections(id, request, status));
    }

    @GetMapping("/defaults")
    @Operation(summary = "api.op.notices.defaults")
    NoticeDefaults defaults() {
        return notices.defaults();
    }

    @PostMapping
    @Operation(summary = "api.op.notices.open")
    ResponseEntity<NoticeView> open(@Valid @RequestBody OpenNoticeCommand command) {
        long id = notices.open(command);
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().path("/{id}")
                .buildAndExpand(id).toUri()).body(notices.get(id));
    }

    @GetMapping("/{id}")
    @Operation(summary = "api.op.notices.get")
    NoticeView get(@PathVariable long id) {
        return notices.get(id);
    }

    @PostMapping("/objections/{objectionId}/resolution")
    @Operation(summary = "api.op.notices.resolve")
    NoticeView resolve(@PathVariable long objectionId, @Valid @RequestBody ResolveObjectionCommand command) {
        return notices.resolveAnswered(objectionId, command);
    }

    /** The city CAST prepares the joint document (again after a return): no number yet, nothing recognised. */
    @PostMapping("/{id}/recognition")
    @Operation(summary = "api.op.notices.recognise")
    ResponseEntity<JointRecognitionView> recognise(@PathVariable long id, @Valid @RequestBody RecogniseCommand command) {
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().build().toUri())
                .body(recognitions.prepare(id, command));
    }

    @GetMapping("/{id}/recognition")
    @Operation(summary = "api.op.notices.recognition")
    JointRecognitionView recognition(@PathVariable long id) {
        return recognitions.joint(id).orElseThrow(() -> new NotFoundException("recognition", id));
    }

    /** The city talent office confirms: the document is numbered and issued, its stations recognised. */
    @PostMapping("/{id}/recognition/confirmation")
    @Operation(summary = "api.op.notices.confirmRecognition")
    ResponseEntity<RecognitionView> confirm(@PathVariable long id, @RequestBody ConfirmRecognitionCommand command) {
        // the issued document is shown with its notice: that is the address of what was created
        return ResponseEntity.created(ServletUriComponentsBuilder.fromCurrentRequestUri().replacePath("/api/notices/{id}")
                .buildAndExpand(id).toUri()).body(recognitions.confirmAnswered(id, command));
    }

    /** The city talent office returns the prepared document to the city CAST with a reason. */
    @PostMapping("/{id}/recognition/return")
    @Operation(summary = "api.op.notices.returnRecognition")
    JointRecognitionView returnToCast(@PathVariable long id, @Valid @RequestBody ReturnRecognitionCommand command) {
        return recognitions.returnToCast(id, command);
    }

    /** The page's preview before recognising: what blocks it now, and each station's eligibility, in words. */
    @GetMapping("/{id}/recognition-preview")
    @Operation(summary = "api.op.notices.recognitionPreview")
    RecognitionPreviewView recognitionPreview(@PathVariable long id, @Parameter(hidden = true) java.util.Locale locale) {
        return RecognitionPreviewView.of(recognitions.preview(id), messages, locale);
    }
}
