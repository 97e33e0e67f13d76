package cn.quzhou.stations.station.web;

import cn.quzhou.stations.documents.FileDownloads;
import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.station.EvidenceCommand;
import cn.quzhou.stations.station.EvidenceFilter;
import jakarta.servlet.http.HttpServletResponse;
import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.station.EvidenceLevel;
import cn.quzhou.stations.station.StationEvidence;
import cn.quzhou.stations.station.Stations;
import jakarta.validation.Valid;
import java.time.Clock;
import java.time.LocalDate;
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

/** A station's evidence for a year: the list, and the form the host unit records events with. */
@Controller
@RequestMapping("/stations/{id}/evidence")
class EvidenceController {

    private final Stations stations;
    private final StationEvidence evidence;
    private final Clock clock;
    private final cn.quzhou.stations.station.EvidenceYearLocks locks;
    private final StationExports exports;

    EvidenceController(Stations stations, StationEvidence evidence, Clock clock,
                       cn.quzhou.stations.station.EvidenceYearLocks locks, StationExports exports) {
        this.exports = exports;
        this.locks = locks;
        this.stations = stations;
        this.evidence = evidence;
        this.clock = clock;
    }

    @ModelAttribute
    void options(Model model) {
        model.addAttribute("kinds", EvidenceKind.values());
        model.addAttribute("levels", EvidenceLevel.values());
    }

    /** The list of one year (this year unless asked), newest first, a keyset page at a time. */
    @GetMapping
    String list(@PathVariable long id, ListRequest request, @ModelAttribute("filter") EvidenceFilter bound,
                BindingResult ignored, Model model) {
        EvidenceFilter filter = EvidenceFilter.orNone(bound);
        int shown = filter.year() == null ? LocalDate.now(clock).getYear() : filter.year();
        model.addAttribute("form", new EvidenceCommand(shown, null, null, null, null, null, null));
        return page(id, shown, request, new EvidenceFilter(shown, filter.kind(), filter.item()), model);
    }

    @GetMapping("/export")
    void export(@PathVariable long id, ListRequest request, @ModelAttribute("filter") EvidenceFilter filter,
                BindingResult ignored, HttpServletResponse response) {
        java.util.Map<Integer, java.util.Map<EvidenceKind, String>> itemsOfYear = new java.util.HashMap<>();
        exports.evidence(response, e -> itemsOfYear.computeIfAbsent(e.year(), evidence::items).get(e.kind()),
                out -> evidence.export(id, request, EvidenceFilter.orNone(filter), out));
    }

    @PostMapping
    String record(@PathVariable long id, @Valid @ModelAttribute("form") EvidenceCommand form, BindingResult result,
                  @RequestParam(required = false) MultipartFile file, Model model, RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "evidence.recorded",
                "redirect:/stations/" + id + "/evidence?year=" + form.year(),
                () -> Forms.upload(file, (name, content) -> evidence.record(id, form, name, content)),
                () -> {
                    int shown = form.year() == null ? LocalDate.now(clock).getYear() : form.year();
                    return page(id, shown, ListRequest.first(), EvidenceFilter.ofYear(shown), model);
                });
    }

    @PostMapping("/{evidenceId}/withdraw")
    String withdraw(@PathVariable long id, @PathVariable long evidenceId, @RequestParam int year,
                    RedirectAttributes redirect) {
        evidence.withdraw(id, evidenceId);
        Forms.notice(redirect, "evidence.withdrawn");
        return "redirect:/stations/" + id + "/evidence?year=" + year;
    }

    @GetMapping("/{evidenceId}/file")
    ResponseEntity<Resource> file(@PathVariable long id, @PathVariable long evidenceId) {
        StationEvidence.Download download = evidence.file(id, evidenceId);
        return FileDownloads.attachment(download.file(), download.content());
    }

    private String page(long id, int year, ListRequest request, EvidenceFilter filter, Model model) {
        model.addAttribute("station", stations.get(id));
        model.addAttribute("year", year);
        model.addAttribute("filter", filter);
        java.util.Map<EvidenceKind, String> itemOf = evidence.items(year);
        model.addAttribute("itemOf", itemOf);
        model.addAttribute("items", EvidenceFilter.items(itemOf));
        model.addAttribute("evidence", evidence.page(id, request, filter));
        model.addAttribute("frozen", locks.frozen(id, year));
        return "station/evidence";
    }
}
