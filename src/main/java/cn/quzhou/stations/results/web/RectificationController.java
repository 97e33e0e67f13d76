package cn.quzhou.stations.results.web;

import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.results.DeadlineCommand;
import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.RectificationFilter;
import cn.quzhou.stations.results.RectificationReport;
import cn.quzhou.stations.results.RectificationView;
import cn.quzhou.stations.results.Rectifications;
import cn.quzhou.stations.results.web.AcceptanceForm;
import cn.quzhou.stations.results.web.EvaluationExports;
import cn.quzhou.stations.shared.ListRequest;
import jakarta.servlet.http.HttpServletResponse;
import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.station.StationEvidence;
import jakarta.validation.Valid;
import org.springframework.core.io.Resource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 限期整改: the tasks within scope, one task with its notice, the report, acceptance, return and deadlines. */
@Controller
@RequestMapping("/rectifications")
class RectificationController {

    private final Rectifications rectifications;

    private final Jurisdictions jurisdictions;
    private final EvaluationExports exports;

    RectificationController(Rectifications rectifications, Jurisdictions jurisdictions, EvaluationExports exports) {
        this.rectifications = rectifications;
        this.jurisdictions = jurisdictions;
        this.exports = exports;
    }

    @GetMapping
    String list(ListRequest request, @ModelAttribute("filter") RectificationFilter filter, BindingResult ignored,
                Model model) {
        filter = shown(filter == null ? RectificationFilter.none() : filter, model);
        model.addAttribute("statuses", RectificationView.Status.values());
        model.addAttribute("jurisdictions", jurisdictions.list());
        model.addAttribute("tasks", rectifications.page(request, filter));
        return "evaluation/rectification/list";
    }

    @GetMapping("/export")
    void export(ListRequest request, @ModelAttribute("filter") RectificationFilter filter, BindingResult ignored,
                HttpServletResponse response) {
        RectificationFilter shown = filter == null ? RectificationFilter.none() : filter;
        exports.rectifications(response, out -> rectifications.export(request, shown, out));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("report", new RectificationReport(null));
        model.addAttribute("deadlineForm", new DeadlineCommand(null, null));
        model.addAttribute("returnForm", new DecisionNote(null));
        return page(id, model);
    }

    @GetMapping("/{id}/notice")
    ResponseEntity<Resource> notice(@PathVariable long id) {
        RectificationView task = rectifications.get(id);
        return FileDownloads.pdf("通报批评-" + task.noticeNumber(), rectifications.noticePdf(id));
    }

    @GetMapping("/{id}/file")
    ResponseEntity<Resource> file(@PathVariable long id) {
        StationEvidence.Download d = rectifications.reportFile(id);
        return FileDownloads.attachment(d.file(), d.content());
    }

    @PostMapping("/{id}/report")
    String report(@PathVariable long id, @Valid @ModelAttribute("report") RectificationReport report,
            BindingResult result, @RequestParam(required = false) MultipartFile evidence, Model model,
            RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "results.rectification.submitted", "redirect:/rectifications/" + id,
                () -> Forms.upload(evidence, (name, content) -> rectifications.submit(id, report, name, content)),
                () -> {
                    model.addAttribute("deadlineForm", new DeadlineCommand(null, null));
                    model.addAttribute("returnForm", new DecisionNote(null));
                    return page(id, model);
                });
    }

    @PostMapping("/{id}/accept")
    String accept(@PathVariable long id, @Valid @ModelAttribute("acceptForm") AcceptanceForm acceptForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "results.rectification.closed", "redirect:/rectifications/" + id,
                () -> rectifications.accept(id, acceptForm.note()),
                () -> {
                    model.addAttribute("report", new RectificationReport(null));
                    model.addAttribute("deadlineForm", new DeadlineCommand(null, null));
                    model.addAttribute("returnForm", new DecisionNote(null));
                    return page(id, model);
                });
    }

    @PostMapping("/{id}/return")
    String returnReport(@PathVariable long id, @Valid @ModelAttribute("returnForm") DecisionNote returnForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "results.rectification.returned", "redirect:/rectifications/" + id,
                () -> rectifications.returnReport(id, returnForm),
                () -> {
                    model.addAttribute("report", new RectificationReport(null));
                    model.addAttribute("deadlineForm", new DeadlineCommand(null, null));
                    return page(id, model);
                });
    }

    @PostMapping("/{id}/deadline")
    String deadline(@PathVariable long id, @Valid @ModelAttribute("deadlineForm") DeadlineCommand deadlineForm,
            BindingResult result, Model model, RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "results.rectification.deadlineSet", "redirect:/rectifications/" + id,
                () -> rectifications.setDeadline(id, deadlineForm),
                () -> {
                    model.addAttribute("report", new RectificationReport(null));
                    model.addAttribute("returnForm", new DecisionNote(null));
                    return page(id, model);
                });
    }

    private String page(long id, Model model) {
        if (!model.containsAttribute("acceptForm")) {
            model.addAttribute("acceptForm", new AcceptanceForm(null));
        }
        model.addAttribute("task", rectifications.get(id));
        return "evaluation/rectification/detail";
    }

    /**
     * The filter as bound, shown back on the page: an unknown value of an enum filter is left out (binding fails on
     * that field alone), it never fails the page.
     */
    private static RectificationFilter shown(RectificationFilter filter, Model model) {
        model.addAttribute("filter", filter);
        return filter;
    }
}
