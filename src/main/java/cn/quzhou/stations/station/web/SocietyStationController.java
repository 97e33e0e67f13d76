package cn.quzhou.stations.station.web;

import cn.quzhou.stations.shared.Forms;
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

    SocietyStationController(SocietyFeedback feedback, Clock clock) {
        this.feedback = feedback;
        this.clock = clock;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("ratings", FeedbackRating.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("stations", feedback.stations());
        return "station/society-list";
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
