package cn.quzhou.stations.application.notice.web;

import cn.quzhou.stations.application.notice.NoticeFilter;
import cn.quzhou.stations.application.notice.ObjectionCommand;
import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.application.notice.TooManyObjectionsException;
import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.shared.ListRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MultipartFile;

/**
 * The public notice (公示) for everybody, without sign-in: the running notices with their proposed
 * stations (no personal data) and the objection form. The objection is answered with a page, not a
 * redirect, so that a refused one keeps what was typed.
 */
@Controller
@RequestMapping("/public/notices")
class PublicNoticeController {

    private final PublicNotices notices;

    PublicNoticeController(PublicNotices notices) {
        this.notices = notices;
    }

    /** The running notices, a page at a time; the objection form offers the stations of the notices on the page. */
    @GetMapping
    String list(ListRequest request, @RequestParam(required = false) String year, Model model) {
        if (!model.containsAttribute("objection")) {
            model.addAttribute("objection", new ObjectionCommand(null, null, null, null, null, null));
        }
        NoticeFilter filter = NoticeFilter.lenient(null, year);
        model.addAttribute("filter", filter);
        model.addAttribute("notices", notices.runningPage(request, filter.year()));
        return "application/public/notices";
    }

    @PostMapping("/objections")
    String object(@Valid @ModelAttribute("objection") ObjectionCommand objection, BindingResult result,
                  @RequestParam(required = false) MultipartFile file, HttpServletRequest request, Model model) {
        // the receipt is shown at once (no redirect): the objector has no page of their own to come back to
        return Forms.submit(result, () -> {
            model.addAttribute("receipt", Forms.upload(file,
                    (name, content) -> notices.object(objection, name, content, request.getRemoteAddr())));
            return "application/public/received";
        }, () -> list(ListRequest.first(), null, model));
    }

    @ExceptionHandler(TooManyObjectionsException.class)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String tooMany() {
        return "application/public/too-many";
    }
}
