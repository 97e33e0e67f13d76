package cn.quzhou.stations.station.web;

import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.station.SocietyStationView;
import cn.quzhou.stations.station.StationFilter;
import cn.quzhou.stations.station.StationStatus;
import cn.quzhou.stations.station.Stations;
import jakarta.servlet.http.HttpServletResponse;
import cn.quzhou.stations.station.FeedbackCommand;
import cn.quzhou.stations.station.FeedbackRating;
import cn.quzhou.stations.station.SocietyFeedback;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The society contact's stations and the feedback form on cooperation (Art. 18(6)). */
@Controller
@RequestMapping("/society/stations")
class SocietyStationController {

    private final SocietyFeedback feedback;
    private final Clock clock;
    private final StationExports exports;

    SocietyStationController(SocietyFeedback feedback, Clock clock, StationExports exports) {
        this.feedback = feedback;
        this.clock = clock;
        this.exports = exports;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("ratings", FeedbackRating.values());
        model.addAttribute("levels", SocietyLevel.values());
        model.addAttribute("statuses", StationStatus.values());
    }

    @GetMapping
    String list(ListRequest request, @ModelAttribute("filter") StationFilter filter, BindingResult ignored,
                Model model) {
        model.addAttribute("filter", StationFilter.orNone(filter));
        Stations.Listed<SocietyStationView> page = feedback.page(request, StationFilter.orNone(filter));
        model.addAttribute("jurisdictions", page.jurisdictions());
        model.addAttribute("stations", page.list());
        return "station/society-list";
    }

    @GetMapping("/export")
    void export(ListRequest request, @ModelAttribute("filter") StationFilter filter, BindingResult ignored,
                HttpServletResponse response) {
        exports.societyStations(response, out -> feedback.export(request, StationFilter.orNone(filter), out));
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("form", new FeedbackCommand(LocalDate.now(clock), null, null, false));
        return page(id, model);
    }

    @PostMapping("/{id}/feedback")
    String record(@PathVariable long id, @Valid @ModelAttribute("form") FeedbackCommand form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "feedback.recorded", "redirect:/society/stations/" + id,
                () -> feedback.record(id, form),
                () -> page(id, model));
    }

    private String page(long id, Model model) {
        model.addAttribute("station", feedback.station(id));
        return "station/society-detail";
    }
}
