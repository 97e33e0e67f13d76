package cn.quzhou.stations.notification.web;

import cn.quzhou.stations.notification.MessageView;
import cn.quzhou.stations.notification.Notifications;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in account's inbox. */
@Controller
@RequestMapping("/messages")
class MessageController {

    static final int INBOX_SIZE = 200;

    private final Notifications notifications;

    MessageController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping
    String inbox(Model model) {
        model.addAttribute("messages", notifications.mine(INBOX_SIZE));
        return "notification/inbox";
    }

    /** Opens a message: marks it read and follows its link, or shows it when it has none. */
    @GetMapping("/{id}")
    String open(@PathVariable long id, Model model) {
        MessageView message = notifications.open(id);
        if (message.link() != null) {
            return "redirect:" + message.link();
        }
        model.addAttribute("message", message);
        return "notification/message";
    }

    @PostMapping("/read-all")
    String readAll(RedirectAttributes redirect) {
        notifications.markAllRead();
        redirect.addFlashAttribute("notice", "notification.allRead");
        return "redirect:/messages";
    }
}
