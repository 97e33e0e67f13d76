package cn.quzhou.stations.notification.web;

import cn.quzhou.stations.shared.Input;
import cn.quzhou.stations.notification.AnnouncementCommand;
import cn.quzhou.stations.notification.AnnouncementKind;
import cn.quzhou.stations.notification.AnnouncementView;
import cn.quzhou.stations.notification.Announcements;
import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.shared.ListRequest;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 通知公告 for the city CAST: the list, writing and correcting, publishing and withdrawing. */
@Controller
@RequestMapping("/announcements")
class AnnouncementController {

    private final Announcements announcements;

    AnnouncementController(Announcements announcements) {
        this.announcements = announcements;
    }

    @ModelAttribute("kinds")
    AnnouncementKind[] kinds() {
        return AnnouncementKind.values();
    }

    @GetMapping
    String list(ListRequest request, @RequestParam(required = false) String kind, Model model) {
        AnnouncementKind k = Input.constant(AnnouncementKind.class, kind);
        model.addAttribute("kind", k);
        model.addAttribute("announcements", announcements.page(request, k));
        return "notification/announcements/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('announcement:manage')")
    String create(Model model) {
        model.addAttribute("form", new AnnouncementCommand(null, AnnouncementKind.APPLICATION_CALL, null, null, null));
        return "notification/announcements/form";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") AnnouncementCommand form, BindingResult result,
                  RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "notice.saved", "redirect:/announcements",
                () -> announcements.create(form), () -> "notification/announcements/form");
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("a", announcements.get(id));
        return "notification/announcements/detail";
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable long id, Model model) {
        AnnouncementView a = announcements.get(id);
        model.addAttribute("a", a);
        model.addAttribute("form", new AnnouncementCommand(a.title(), a.kind(), a.body(), a.publishedOn(), a.version()));
        return "notification/announcements/form";
    }

    @PostMapping("/{id}")
    String update(@PathVariable long id, @Valid @ModelAttribute("form") AnnouncementCommand form, BindingResult result,
                  Model model, RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "notice.saved", "redirect:/announcements/" + id,
                () -> announcements.update(id, form), () -> {
                    model.addAttribute("a", announcements.get(id));
                    return "notification/announcements/form";
                });
    }

    @PostMapping("/{id}/publish")
    String publish(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(redirect, id, "announcement.published", () -> announcements.publish(id, version));
    }

    @PostMapping("/{id}/withdraw")
    String withdraw(@PathVariable long id, @RequestParam int version, RedirectAttributes redirect) {
        return act(redirect, id, "announcement.withdrawn", () -> announcements.withdraw(id, version));
    }

    private static String act(RedirectAttributes redirect, long id, String notice, Runnable action) {
        return Forms.act(redirect, notice, "redirect:/announcements/" + id, action);
    }
}
