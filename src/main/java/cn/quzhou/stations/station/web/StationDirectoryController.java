package cn.quzhou.stations.station.web;

import cn.quzhou.stations.station.Stations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.station.StationFilter;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The public directory of recognised stations (no sign-in, no personal data). */
@Controller
class StationDirectoryController {

    private final Stations stations;
    StationDirectoryController(Stations stations) {
        this.stations = stations;
    }

    @GetMapping("/public/stations")
    String directory(ListRequest request, @ModelAttribute("filter") StationFilter filter, BindingResult ignored,
                     Model model) {
        model.addAttribute("levels", SocietyLevel.values());
        model.addAttribute("filter", StationFilter.orNone(filter));
        Stations.Listed<Stations.DirectoryEntry> page = stations.directoryPage(request, StationFilter.orNone(filter));
        model.addAttribute("jurisdictions", page.jurisdictions());
        model.addAttribute("stations", page.list());
        return "station/directory";
    }
}
