package cn.quzhou.stations.application.notice.web;

import cn.quzhou.stations.application.notice.WorkingCalendar;
import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.shared.Forms;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 工作日历: the holidays and make-up working days of a year, kept by the city CAST or the system administrator. */
@Controller
@RequestMapping("/applications/calendar")
@PreAuthorize("hasAuthority('calendar:manage')")
class CalendarController {

    private final WorkingCalendar calendar;
    private final java.time.Clock clock;

    CalendarController(WorkingCalendar calendar, java.time.Clock clock) {
        this.calendar = calendar;
        this.clock = clock;
    }

    @GetMapping
    String year(@RequestParam(required = false) Integer year, Model model) {
        int y = year != null ? year : Beijing.today(clock).getYear();
        model.addAttribute("year", y);
        model.addAttribute("days", calendar.year(y));
        model.addAttribute("kinds", WorkingCalendar.Kind.values());
        return "application/notice/calendar";
    }

    @PostMapping
    String put(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
               @RequestParam(required = false) WorkingCalendar.Kind kind, @RequestParam(required = false) String name,
               RedirectAttributes redirect) {
        return Forms.act(redirect, "calendar.done.saved",
                "redirect:/applications/calendar" + (day == null ? "" : "?year=" + day.getYear()),
                () -> calendar.put(day, kind, name));
    }

    @PostMapping("/{day}/remove")
    String remove(@PathVariable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day, RedirectAttributes redirect) {
        calendar.remove(day);
        Forms.notice(redirect, "calendar.done.removed");
        return "redirect:/applications/calendar?year=" + day.getYear();
    }
}
