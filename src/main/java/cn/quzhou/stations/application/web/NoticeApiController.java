package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.NoticeDefaults;
import cn.quzhou.stations.application.NoticeView;
import cn.quzhou.stations.application.OpenNoticeCommand;
import cn.quzhou.stations.application.PublicNotices;
import cn.quzhou.stations.application.RecogniseCommand;
import cn.quzhou.stations.application.RecognitionView;
import cn.quzhou.stations.application.Recognitions;
import cn.quzhou.stations.application.ResolveObjectionCommand;
import cn.quzhou.stations.shared.ApiController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The city CAST's notice actions over the API; an impossible transition answers 409. */
@ApiController
@RequestMapping("/api/notices")
@Tag(name = "notices", description = "api.tag.notices")
class NoticeApiController {

    private final PublicNotices notices;
    private final Recognitions recognitions;

    NoticeApiController(PublicNotices notices, Recognitions recognitions) {
        this.notices = notices;
        this.recognitions = recognitions;
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
        return notices.get(notices.resolve(objectionId, command));
    }

    @PostMapping("/{id}/recognition")
    @Operation(summary = "api.op.notices.recognise")
    ResponseEntity<RecognitionView> recognise(@PathVariable long id, @RequestBody RecogniseCommand command) {
        long recognition = recognitions.recognise(id, command);
        return ResponseEntity.status(201).body(recognitions.get(recognition));
    }
}
