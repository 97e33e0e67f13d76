package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The role-aware home page with its 待办 list. */
@Controller
class HomeController {

    private final List<TodoSource> sources;

    HomeController(List<TodoSource> sources) {
        this.sources = sources;
    }

    @GetMapping("/")
    String home(Model model) {
        PlatformUser user = PlatformUser.current();
        List<TodoItem> todos = sources.stream().flatMap(s -> s.todosFor(user).stream()).toList();
        model.addAttribute("todos", todos);
        return "organisation/home";
    }
}
