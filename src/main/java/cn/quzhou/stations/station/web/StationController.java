package cn.quzhou.stations.station.web;

import cn.quzhou.stations.station.Stations;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

@Controller
@RequestMapping("/stations")
class StationController {

    private final Stations stations;

    StationController(Stations stations) {
        this.stations = stations;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("stations", stations.list());
        return "station/list";
    }

    @GetMapping("/{id}")
    String detail(@PathVariable long id, Model model) {
        model.addAttribute("station", stations.get(id));
        return "station/detail";
    }
}
