package cn.quzhou.stations.station.web;

import cn.quzhou.stations.station.Stations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The public directory of recognised stations (no sign-in, no personal data). */
@Controller
class StationDirectoryController {

    private final Stations stations;

    StationDirectoryController(Stations stations) {
        this.stations = stations;
    }

    @GetMapping("/public/stations")
    String directory(Model model) {
        model.addAttribute("stations", stations.directory());
        return "station/directory";
    }
}
