package cn.quzhou.stations.application.web;

import cn.quzhou.stations.application.BatchReviews;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 批量通过 on the application list: each row's outcome is shown on the list it came from. */
@Controller
class BatchReviewController {

    private final BatchReviews reviews;

    BatchReviewController(BatchReviews reviews) {
        this.reviews = reviews;
    }

    @PostMapping("/applications/batch-pass")
    String pass(@Valid @ModelAttribute BatchPassForm form, BindingResult result, RedirectAttributes redirect) {
        String back = back(form.back());
        if (result.hasErrors()) {
            Forms.problem(redirect, "application.batch.opinionTooLong");
            return "redirect:" + back;
        }
        if (!form.confirmed()) {
            Forms.problem(redirect, "application.batch.confirmRequired");
            return "redirect:" + back;
        }
        return Forms.act(redirect, null, "redirect:" + back, () -> redirect.addFlashAttribute("batchOutcomes",
                reviews.passAtCounty(form.ids(), form.opinion(), form.sealConfirmed())));
    }

    /** The list with its filters, or the plain list: never another site. */
    private static String back(String back) {
        return back != null && back.startsWith("/applications") && !back.contains("//") && !back.contains("\\")
                ? back : "/applications";
    }
}
