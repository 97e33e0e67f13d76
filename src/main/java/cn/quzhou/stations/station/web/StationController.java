package cn.quzhou.stations.station.web;

import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.station.StationFilter;
import cn.quzhou.stations.station.StationStatus;
import jakarta.servlet.http.HttpServletResponse;
import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.station.RevocationCause;
import cn.quzhou.stations.station.RevocationCommand;
import cn.quzhou.stations.station.Revocations;
import cn.quzhou.stations.station.SocietyFeedback;
import cn.quzhou.stations.station.Stations;
import jakarta.validation.Valid;
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

@Controller
@RequestMapping("/stations")
class StationController {

    private final Stations stations;
    private final Revocations revocations;
    private final SocietyFeedback feedback;

    private final StationExports exports;

    StationController(Stations stations, Revocations revocations, SocietyFeedback feedback,
                      StationExports exports) {
        this.exports = exports;
        this.stations = stations;
        this.revocations = revocations;
        this.feedback = feedback;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("levels", SocietyLevel.values());
        model.addAttribute("statuses", StationStatus.values());
    }

    @GetMapping
    String list(ListRequest request, @ModelAttribute("filter") StationFilter filter, BindingResult ignored,
                Model model) {
        model.addAttribute("filter", StationFilter.orNone(filter));
        Stations.Listed<cn.quzhou.stations.station.StationRow> page = stations.listPage(request,
                StationFilter.orNone(filter));
        model.addAttribute("jurisdictions", page.jurisdictions());
        model.addAttribute("stations", page.list());
        return "station/list";
    }

    @GetMapping("/export")
    void export(ListRequest request, @ModelAttribute("filter") StationFilter filter, BindingResult ignored,
                HttpServletResponse response) {
        exports.stations(response, out -> stations.export(request, StationFilter.orNone(filter), out));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("revocation", new RevocationCommand(null, null, null, null));
        return detailPage(id, model);
    }

    @PostMapping("/{id}/revoke")
    String revoke(@PathVariable long id, @Valid @ModelAttribute("revocation") RevocationCommand revocation,
                  BindingResult result, @RequestParam(required = false) MultipartFile evidence,
                  @RequestParam(defaultValue = "false") boolean confirmed, Model model,
                  RedirectAttributes redirect) {
        if (!confirmed) {
            // a revocation cannot be undone: the page states its consequence and the tick is required (issue 14 item 3)
            Forms.unconfirmed(model, "revocation.unconfirmed");
            return detailPage(id, model);
        }
        return Forms.submit(result, redirect, "revocation.done", "redirect:/stations/" + id,
                () -> Forms.upload(evidence, (name, content) -> revocations.revoke(id, revocation, name, content)),
                () -> detailPage(id, model));
    }

    private String detailPage(long id, Model model) {
        model.addAttribute("station", stations.get(id));
        model.addAttribute("revoked", revocations.of(id).orElse(null));
        model.addAttribute("causes", RevocationCause.values());
        model.addAttribute("feedback", feedback.of(id));
        return "station/detail";
    }
}
