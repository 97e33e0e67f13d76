package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.shared.Forms;
import cn.quzhou.stations.organisation.EnrolmentOffer;
import cn.quzhou.stations.organisation.SecondFactorStatus;
import cn.quzhou.stations.organisation.SecondFactors;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The signed-in user's own second factor (status, or enrolment if none), and its reset by the
 * security administrator. The offered secret waits in the session until the first code confirms it;
 * the recovery codes are shown once, in the answer to that form.
 */
@Controller
class SecondFactorController {

    static final String OFFER = "secondFactorOffer";

    private final SecondFactors factors;

    SecondFactorController(SecondFactors factors) {
        this.factors = factors;
    }

    @GetMapping("/account/second-factor")
    String page(HttpSession session, Model model) {
        SecondFactorStatus status = factors.mine();
        model.addAttribute("status", status);
        if (!status.enrolled()) {
            EnrolmentOffer offer = session.getAttribute(OFFER) instanceof EnrolmentOffer kept ? kept : factors.offer();
            session.setAttribute(OFFER, offer);
            model.addAttribute("offer", offer);
            model.addAttribute("action", "/account/second-factor");
        }
        return "organisation/second-factor/account";
    }

    @PostMapping("/account/second-factor")
    String enrol(@RequestParam(required = false) String code, HttpSession session, Model model) {
        if (!(session.getAttribute(OFFER) instanceof EnrolmentOffer offer)) {
            model.addAttribute("error", "secondFactor.error.offerExpired");
            return page(session, model);
        }
        return Forms.attempt(() -> {
            model.addAttribute("codes", factors.enrol(offer, code));
            model.addAttribute("next", "/");
            session.removeAttribute(OFFER);
            return "organisation/second-factor/recovery-codes";
        }, refused -> {
            // the enrolment fragment is shared with the sign-in pages, which name their message "error" (a key)
            model.addAttribute("error", refused.messageKey());
            return page(session, model);
        });
    }

    @PostMapping("/admin/accounts/{id}/second-factor/reset")
    String reset(@PathVariable long id, RedirectAttributes redirect) {
        return Forms.act(redirect, "secondFactor.reset.done", "redirect:/admin/accounts/" + id,
                () -> factors.reset(id));
    }
}
