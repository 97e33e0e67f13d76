package cn.quzhou.stations.notification.web;

import cn.quzhou.stations.shared.Input;
import cn.quzhou.stations.notification.AnnouncementKind;
import cn.quzhou.stations.notification.Announcements;
import cn.quzhou.stations.shared.ListRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 通知公告 for everybody, without sign-in: the published announcements, a page at a time, and each one. */
@Controller
@RequestMapping("/public/announcements")
class PublicAnnouncementController {

    private final Announcements announcements;

    PublicAnnouncementController(Announcements announcements) {
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
        model.addAttribute("announcements", announcements.published(request, k));
        return "notification/announcements/public-list";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("a", announcements.publishedOne(id));
        return "notification/announcements/public-detail";
    }
}
