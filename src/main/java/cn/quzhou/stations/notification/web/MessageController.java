package cn.quzhou.stations.notification.web;

import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.shared.HtmxFragments;
import cn.quzhou.stations.shared.PageMessage;
import cn.quzhou.stations.notification.MessageFilter;
import cn.quzhou.stations.notification.MessageView;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.ListAddresses;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
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

    /** The inbox's element that a marking replaces (the list's own, {@code list.html}). */
    private static final String INBOX = "list-page";

    private final Notifications notifications;

    MessageController(Notifications notifications) {
        this.notifications = notifications;
    }

    /** An unknown status binds to nothing (every message), never an error page. */
    @GetMapping
    String inbox(ListRequest request, @ModelAttribute("filter") MessageFilter filter, BindingResult ignored,
                 Model model) {
        return inbox(request, filter == null ? MessageFilter.none() : filter, model);
    }

    private String inbox(ListRequest request, MessageFilter given, Model model) {
        model.addAttribute("filter", given);
        model.addAttribute("messages", notifications.page(request, given));
        model.addAttribute("statuses", MessageFilter.Status.values());
        model.addAttribute("kinds", MessageFilter.Kind.values());
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

    /**
     * Marks the checked messages read and returns to the inbox as it was (page, filters, sort); to htmx, the inbox
     * list answers in place, its unread badge counted afresh (the layout's count was taken before the marking).
     */
    @PostMapping("/read")
    @HtmxFragments.Target(INBOX)
    String read(MarkReadForm form, Model model, RedirectAttributes redirect) {
        PageMessage marked = PageMessage.of("notification.markedRead", notifications.markRead(form.chosen()));
        return Forms.done(redirect, model, marked, "redirect:" + form.backTo(), () -> {
            model.addAttribute(UnreadMessagesAdvice.MODEL, notifications.unreadCount());
            ListAddresses.shownAt(form.backTo());   // the pager and sort links are the inbox's, not this POST's
            return inbox(form.list(), form.filter(), model);
        });
    }

    @PostMapping("/read-all")
    String readAll(RedirectAttributes redirect) {
        notifications.markAllRead();
        Forms.notice(redirect, "notification.allRead");
        return "redirect:/messages";
    }
}
