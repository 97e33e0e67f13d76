package cn.quzhou.stations.station.web;

import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.station.ReportFilter;
import jakarta.servlet.http.HttpServletResponse;
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
    private final StationExports exports;

    AnnualReportController(AnnualReports reports, Stations stations, Clock clock, StationExports exports) {
        this.exports = exports;
        this.reports = reports;
        this.stations = stations;
        this.clock = clock;
    }

    @GetMapping("/stations/reports")
    String overview(ListRequest request, @ModelAttribute("filter") ReportFilter bound, BindingResult ignored,
                    Model model) {
        ReportFilter filter = ReportFilter.orNone(bound);
        int shown = filter.year() == null ? LocalDate.now(clock).getYear() : filter.year();
        model.addAttribute("due", reports.dueDates(shown).orElse(new DueDatesCommand(shown, null, null)));
        return overviewPage(shown, request, new ReportFilter(shown, filter.kind(), filter.state()), model);
    }

    @GetMapping("/stations/reports/export")
    void export(ListRequest request, @ModelAttribute("filter") ReportFilter filter, BindingResult ignored,
                HttpServletResponse response) {
        exports.reports(response, out -> reports.export(request, ReportFilter.orNone(filter), out));
    }

    @PostMapping("/stations/reports/due")
    String setDue(@Valid @ModelAttribute("due") DueDatesCommand due, BindingResult result, Model model,
                  RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            reports.setDueDates(due);
            Forms.notice(redirect, "notice.saved");
            return "redirect:/stations/reports?year=" + due.year();
        }
        int shown = due.year() == null ? LocalDate.now(clock).getYear() : due.year();
        return overviewPage(shown, ListRequest.first(), ReportFilter.ofYear(shown), model);
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

    private String overviewPage(int year, ListRequest request, ReportFilter filter, Model model) {
        model.addAttribute("year", year);
        model.addAttribute("filter", filter);
        model.addAttribute("reportKinds", ReportKind.values());
        model.addAttribute("states", ReportFilter.State.values());
        model.addAttribute("rows", reports.page(request, filter));
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
