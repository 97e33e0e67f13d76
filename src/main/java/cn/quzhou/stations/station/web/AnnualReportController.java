package cn.quzhou.stations.station.web;

import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.station.AnnualReports;
import cn.quzhou.stations.station.DueDatesCommand;
import cn.quzhou.stations.station.ReportCommand;
import cn.quzhou.stations.station.ReportKind;
import cn.quzhou.stations.station.Stations;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Art. 12 annual work plans and summaries: the staff overview with due dates, and a station's own filing. */
@Controller
class AnnualReportController {

    private final AnnualReports reports;
    private final Stations stations;
    private final Clock clock;

    AnnualReportController(AnnualReports reports, Stations stations, Clock clock) {
        this.reports = reports;
        this.stations = stations;
        this.clock = clock;
    }

    @GetMapping("/stations/reports")
    String overview(@RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("due", reports.dueDates(shown).orElse(new DueDatesCommand(shown, null, null)));
        return overviewPage(shown, model);
    }

    @PostMapping("/stations/reports/due")
    String setDue(@Valid @ModelAttribute("due") DueDatesCommand due, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            reports.setDueDates(due);
            redirect.addFlashAttribute("notice", "notice.saved");
            return "redirect:/stations/reports?year=" + due.year();
        }
        return overviewPage(due.year() == null ? LocalDate.now(clock).getYear() : due.year(), model);
    }

    @GetMapping("/stations/{id}/reports")
    String station(@PathVariable long id, @RequestParam(required = false) Integer year, Model model) {
        int shown = year == null ? LocalDate.now(clock).getYear() : year;
        model.addAttribute("form", new ReportCommand(shown, ReportKind.PLAN, null));
        return stationPage(id, shown, model);
    }

    @PostMapping("/stations/{id}/reports")
    String submit(@PathVariable long id, @Valid @ModelAttribute("form") ReportCommand form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "reports.submitted",
                "redirect:/stations/" + id + "/reports?year=" + form.year(),
                () -> reports.submit(id, form),
                () -> stationPage(id, form.year() == null ? LocalDate.now(clock).getYear() : form.year(), model));
    }

    private String overviewPage(int year, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("rows", reports.status(year));
        return "station/reports";
    }

    private String stationPage(long id, int year, Model model) {
        model.addAttribute("station", stations.get(id));
        model.addAttribute("year", year);
        model.addAttribute("kinds", ReportKind.values());
        model.addAttribute("plan", reports.content(id, year, ReportKind.PLAN).orElse(null));
        model.addAttribute("summary", reports.content(id, year, ReportKind.SUMMARY).orElse(null));
        model.addAttribute("due", reports.dueDates(year).orElse(null));
        return "station/station-reports";
    }
}
