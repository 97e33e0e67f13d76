package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.ReviewCommand;
import cn.quzhou.stations.shared.Forms;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The applicant's two ways back (issue #14 item 8): 撤回 a submission nobody has decided yet, and deleting a draft
 * never submitted. Both state their consequence and need its tick; without it the detail page asks again.
 */
@Controller
@RequestMapping("/applications/{id}")
class ApplicationWithdrawController {

    private final Applications applications;

    ApplicationWithdrawController(Applications applications) {
        this.applications = applications;
    }

    @PostMapping("/withdraw")
    String withdraw(@PathVariable long id, @RequestParam int version,
                    @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        if (!confirmed) {
            return unconfirmed(id, "application.withdraw.unconfirmed", model);
        }
        return Forms.act(redirect, "application.notice.withdrawn", "redirect:/applications/" + id,
                () -> applications.withdraw(id, version));
    }

    @PostMapping("/delete")
    String delete(@PathVariable long id, @RequestParam int version,
                  @RequestParam(defaultValue = "false") boolean confirmed, Model model, RedirectAttributes redirect) {
        if (!confirmed) {
            return unconfirmed(id, "application.delete.unconfirmed", model);
        }
        return Forms.act(redirect, "application.notice.deleted", "redirect:/applications",
                "redirect:/applications/" + id, () -> applications.delete(id, version));
    }

    /** The detail page again, the missing tick named under it (the `fields :: consequence` idiom). */
    private String unconfirmed(long id, String key, Model model) {
        model.addAttribute("app", applications.get(id));
        model.addAttribute("review", new ReviewCommand(null, null, false, 0));
        Forms.unconfirmed(model, key);
        return "application/detail";
    }
}
