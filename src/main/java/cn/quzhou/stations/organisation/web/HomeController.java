package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.Workbench;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The role-aware home page with its 待办 list. */
@Controller
class HomeController {

    private final Workbench workbench;

    HomeController(Workbench workbench) {
        this.workbench = workbench;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("todos", workbench.todosOfCurrentUser());
        return "organisation/home";
    }
}
