package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.OpinionPhrases;
import cn.quzhou.stations.shared.Forms;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 常用意见: the signed-in user's own opinion phrases, which the review forms offer in their opinion boxes. */
@Controller
@RequestMapping("/account/phrases")
class OpinionPhraseController {

    private final OpinionPhrases phrases;

    OpinionPhraseController(OpinionPhrases phrases) {
        this.phrases = phrases;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("form", new OpinionPhraseForm(null, null));
        return "organisation/phrases";
    }

    @PostMapping
    String create(@Valid @ModelAttribute("form") OpinionPhraseForm form, BindingResult result,
                  RedirectAttributes redirect) {
        return Forms.submit(result, redirect, "phrase.saved", "redirect:" + back(form.back()),
                () -> phrases.save(form.text()), () -> "organisation/phrases");
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, RedirectAttributes redirect) {
        phrases.delete(id);
        Forms.notice(redirect, "phrase.deleted");
        return "redirect:/account/phrases";
    }

    /** Back to a page of the platform only (a path, never another site). */
    private static String back(String back) {
        return back != null && back.matches("/[A-Za-z0-9/_\\-]*") ? back : "/account/phrases";
    }
}
