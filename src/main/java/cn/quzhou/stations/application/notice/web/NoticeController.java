package cn.quzhou.stations.application.notice.web;

import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.notice.NoticeDefaults;
import cn.quzhou.stations.application.notice.NoticeFilter;
import cn.quzhou.stations.application.notice.NoticeState;
import cn.quzhou.stations.application.notice.ObjectionStatus;
import cn.quzhou.stations.application.notice.OpenNoticeCommand;
import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.application.notice.ResolveObjectionCommand;
import cn.quzhou.stations.application.recognition.Recognitions;
import cn.quzhou.stations.application.recognition.ReturnRecognitionCommand;
import cn.quzhou.stations.application.web.ApplicationExports;
import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.shared.ListRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The city offices' pages of the public notice, its objections and the joint recognition document. */
@Controller
@RequestMapping("/applications")
class NoticeController {

    private final PublicNotices notices;
    private final Recognitions recognitions;
    private final ApplicationExports exports;

    NoticeController(PublicNotices notices, Recognitions recognitions, ApplicationExports exports) {
        this.notices = notices;
        this.exports = exports;
        this.recognitions = recognitions;
    }

    @GetMapping("/notices")
    @PreAuthorize("hasAuthority('notice:read')")
    String list(ListRequest request, @RequestParam(required = false) String state,
                @RequestParam(required = false) String year, Model model) {
        NoticeFilter filter = NoticeFilter.lenient(state, year);
        model.addAttribute("filter", filter);
        model.addAttribute("states", NoticeState.values());
        model.addAttribute("notices", notices.page(request, filter));
        return "application/notice/list";
    }

    @GetMapping("/notices/export")
    @PreAuthorize("hasAuthority('notice:read')")
    void export(ListRequest request, @RequestParam(required = false) String state,
                @RequestParam(required = false) String year, HttpServletResponse response) {
        NoticeFilter filter = NoticeFilter.lenient(state, year);
        exports.notices(response, out -> notices.export(request, filter, out));
    }

    @GetMapping("/notices/new")
    @PreAuthorize("hasAuthority('notice:manage')")
    String newForm(Model model) {
        NoticeDefaults d = notices.defaults();
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OpenNoticeCommand(null, null, d.startDate(), d.endDate(),
                    notices.candidates().stream().map(c -> c.applicationId()).toList()));
        }
        model.addAttribute("defaults", d);
        model.addAttribute("candidates", notices.candidates());
        return "application/notice/new";
    }

    @PostMapping("/notices")
    @PreAuthorize("hasAuthority('notice:manage')")
    String open(@jakarta.validation.Valid @ModelAttribute("form") OpenNoticeCommand form, BindingResult result,
                Model model, RedirectAttributes redirect) {
        return Forms.created(result, redirect, "notice.done.opened", () -> notices.open(form),
                id -> "redirect:/applications/notices/" + id, () -> newForm(model));
    }

    @GetMapping("/notices/{id}")
    @PreAuthorize("hasAuthority('notice:read')")
    String detail(@PathVariable long id, ListRequest request, @RequestParam(required = false) String status,
                  Model model) {
        ObjectionStatus filter = ObjectionStatus.lenient(status);
        model.addAttribute("n", notices.header(id));
        model.addAttribute("objectionStatus", filter);
        model.addAttribute("objectionStatuses", ObjectionStatus.values());
        model.addAttribute("objections", notices.objections(id, request, filter));
        model.addAttribute("preview", recognitions.preview(id));
        model.addAttribute("joint", recognitions.joint(id).orElse(null));
        if (!model.containsAttribute("prepareForm")) {
            model.addAttribute("prepareForm", new PrepareRecognitionForm(null, null, null, null));
        }
        if (!model.containsAttribute("returnForm")) {
            model.addAttribute("returnForm", new ReturnRecognitionCommand(null, null));
        }
        if (!model.containsAttribute("confirmForm")) {
            model.addAttribute("confirmForm", new ConfirmRecognitionForm(null, null));
        }
        return "application/notice/detail";
    }

    @PostMapping("/notices/{id}/objections/{objectionId}/resolve")
    @PreAuthorize("hasAuthority('notice:manage')")
    String resolve(@PathVariable long id, @PathVariable long objectionId, @RequestParam(required = false) Boolean upheld,
                   @RequestParam(required = false) String reason, @RequestParam int version,
                   @RequestParam(defaultValue = "false") boolean confirmed, RedirectAttributes redirect) {
        if (Boolean.TRUE.equals(upheld) && !confirmed) {
            // an upheld objection ends the application: the page states it and the tick is required (issue 14 item 3)
            Forms.unconfirmed(redirect, "notice.objection.upholdUnconfirmed");
            redirect.addFlashAttribute("unconfirmedObjection", objectionId);
            redirect.addFlashAttribute("typedReason", reason);
            return "redirect:/applications/notices/" + id + "#objection-" + objectionId;
        }
        return Forms.act(redirect, Boolean.TRUE.equals(upheld) ? "notice.done.upheld" : "notice.done.dismissed",
                "redirect:/applications/notices/" + id,
                () -> notices.resolve(objectionId, new ResolveObjectionCommand(upheld, reason, version)));
    }

    @GetMapping("/notices/{id}/objections/{objectionId}/attachment")
    @PreAuthorize("hasAuthority('notice:read')")
    ResponseEntity<Resource> attachment(@PathVariable long id, @PathVariable long objectionId) {
        Applications.Download d = notices.objectionFile(id, objectionId);
        return FileDownloads.attachment(d.file(), d.content());
    }

    /** The city CAST prepares the joint document; it goes to the city talent office, nothing is numbered yet. */
    @PostMapping("/notices/{id}/recognise")
    @PreAuthorize("hasAuthority('notice:manage')")
    String prepare(@PathVariable long id, @Valid @ModelAttribute("prepareForm") PrepareRecognitionForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.ticked()) {
            // the page states what preparing leads to; the server asks again without the tick (issue 14 item 3).
            // A field refused while binding leaves the record unbuilt (null): the page shows again from the result.
            result.rejectValue("confirmed", "notice.joint.confirmPrepare");
        }
        return Forms.submit(result, redirect, "notice.done.prepared", "redirect:/applications/notices/" + id,
                () -> recognitions.prepare(id, form.command()), () -> detail(id, ListRequest.first(), null, model));
    }

    /** The city talent office confirms: the joint document is numbered and issued, its stations recognised. */
    @PostMapping("/notices/{id}/recognition/confirm")
    @PreAuthorize("hasAuthority('notice:confirm')")
    String confirm(@PathVariable long id, @ModelAttribute("confirmForm") ConfirmRecognitionForm form,
                   BindingResult result, Model model, RedirectAttributes redirect) {
        if (!result.hasErrors() && !form.ticked()) {
            result.rejectValue("confirmed", "notice.joint.confirmIssue");
        }
        long[] issued = new long[1];
        String page = Forms.submit(result, redirect, "notice.done.recognised", null,
                () -> issued[0] = recognitions.confirm(id, form.command()), () -> detail(id, ListRequest.first(), null, model));
        return page != null ? page : "redirect:/applications/recognitions/" + issued[0];
    }

    /** The city talent office returns the prepared document to the city CAST with its reason. */
    @PostMapping("/notices/{id}/recognition/return")
    @PreAuthorize("hasAuthority('notice:confirm')")
    String returnToCast(@PathVariable long id, @Valid @ModelAttribute("returnForm") ReturnRecognitionCommand form,
                        BindingResult result, Model model, RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "notice.done.returned", "redirect:/applications/notices/" + id,
                () -> recognitions.returnToCast(id, form), () -> detail(id, ListRequest.first(), null, model));
    }

    @GetMapping("/recognitions/{id}")
    @PreAuthorize("hasAuthority('notice:read')")
    String recognition(@PathVariable long id, Model model) {
        model.addAttribute("doc", recognitions.get(id));
        return "application/notice/recognition";
    }

    @GetMapping("/recognitions/{id}/pdf")
    @PreAuthorize("hasAuthority('notice:read')")
    ResponseEntity<Resource> pdf(@PathVariable long id) {
        return FileDownloads.pdf(recognitions.get(id).number(), recognitions.pdf(id));
    }

}
