package cn.quzhou.stations.application.notice.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import cn.quzhou.stations.application.notice.ObjectionCommand;
import cn.quzhou.stations.application.notice.PublicNoticeView;
import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.shared.ApiController;
import cn.quzhou.stations.shared.ApiPage;
import cn.quzhou.stations.shared.ListParameters;
import cn.quzhou.stations.shared.ListRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The running notices as JSON, for everybody (no token; /public/** is open to all): the same content as the public
 * page, a page at a time. An {@link ApiController} for the strict list parameters and the problem+json answers.
 */
@ApiController
@Tag(name = "notices", description = "api.tag.notices")
class PublicNoticeJsonController {

    private final PublicNotices notices;

    PublicNoticeJsonController(PublicNotices notices) {
        this.notices = notices;
    }

    @GetMapping("/public/api/notices")
    @Operation(summary = "api.op.notices.running")
    ApiPage<PublicNoticeView> running(@ListParameters(sort = "openedAt,desc") ListRequest request,
                                      @RequestParam(required = false) Integer year) {
        return ApiPage.of(notices.runningPage(request, year));
    }

    /**
     * 异议 to one station of a running notice, as the public page files it (same facade, same per-address limit: 429
     * with {@code Retry-After} beyond it). Answered 202 with the receipt number (回执号) the page shows, and where to
     * look its outcome up; nothing about other objections.
     */
    @PostMapping("/public/api/notices/{id}/objections")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "api.op.notices.object")
    ObjectionReceipt object(@PathVariable long id, @Valid @RequestBody PublicObjection objection,
                            HttpServletRequest request) {
        return new ObjectionReceipt(notices.object(objection.toCommand(id), null, null, request.getRemoteAddr()),
                "/public/objections/lookup");
    }

    /** The receipt number of a filed objection and the page where the objector looks its outcome up with it. */
    record ObjectionReceipt(String receipt, String lookup) {
    }

    /** The objection's fields (no file over the JSON; the page takes one). */
    record PublicObjection(@NotNull Long applicationId, @NotBlank @Size(max = 50) String name,
                           @NotBlank @Size(max = 100) String contact, @NotBlank @Size(max = 5000) String content) {

        ObjectionCommand toCommand(long noticeId) {
            return new ObjectionCommand(noticeId, applicationId, name, contact, content, null);
        }
    }
}
