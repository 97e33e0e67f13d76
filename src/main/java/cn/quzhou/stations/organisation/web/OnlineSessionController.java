package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.organisation.OnlineSessions;
import cn.quzhou.stations.shared.ListRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 在线用户, for the security administrator. */
@Controller
@RequestMapping("/admin/sessions")
class OnlineSessionController {

    private final OnlineSessions sessions;

    OnlineSessionController(OnlineSessions sessions) {
        this.sessions = sessions;
    }

    @GetMapping
    String list(ListRequest request, Model model) {
        model.addAttribute("sessions", sessions.page(request));
        return "organisation/sessions";
    }

    @PostMapping("/{id}/end")
    String end(@PathVariable String id, RedirectAttributes redirect) {
        sessions.end(id);
        Forms.notice(redirect, "sessions.ended");
        return "redirect:/admin/sessions";
    }
}
