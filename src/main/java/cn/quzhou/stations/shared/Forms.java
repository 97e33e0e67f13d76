package cn.quzhou.stations.shared;

import java.util.function.Supplier;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Puts a refused command's message where the user will see it: at its field, or at the top of the form. */
public final class Forms {

    /** The layout's two message slots; each holds a {@link PageMessage}, nothing else. */
    public static final String NOTICE = "notice";
    public static final String PROBLEM = "problem";

    private Forms() {
    }

    public static void reject(BindingResult result, BusinessRuleException e) {
        if (e instanceof RefusedAtOnceException all) {
            all.refusals().forEach(each -> reject(result, each));
            return;
        }
        if (e.field() != null && result.getTarget() != null) {
            result.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }

    /**
     * The POST of a form, one rule for every page: valid input runs {@code action} and redirects to {@code success}
     * with the {@code notice}; invalid input, or a command the rules refuse (its message put at its field), shows
     * {@code page} again with what was typed.
     */
    public static String submit(BindingResult result, RedirectAttributes redirect, String notice, String success,
                                Runnable action, Supplier<String> page) {
        if (!result.hasErrors()) {
            try {
                action.run();
                notice(redirect, notice);
                return success;
            } catch (BusinessRuleException e) {
                reject(result, e);
            }
        }
        return page.get();
    }

    /** The success message on the page redirected to (a bundle key). */
    public static void notice(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(NOTICE, PageMessage.of(key, args));
    }

    /** A refusal not tied to a field, on the page redirected to, in the rule's words. */
    public static void problem(RedirectAttributes redirect, BusinessRuleException refusal) {
        redirect.addFlashAttribute(PROBLEM, PageMessage.of(refusal));
    }

    /** A problem named by a bundle key, on the page redirected to. */
    public static void problem(RedirectAttributes redirect, String key, Object... args) {
        redirect.addFlashAttribute(PROBLEM, PageMessage.of(key, args));
    }

    /** A refusal shown on the page rendered again (HTTP 200, what was typed kept by the caller); null shows none. */
    public static void problem(Model model, BusinessRuleException refusal) {
        model.addAttribute(PROBLEM, refusal == null ? null : PageMessage.of(refusal));
    }
}
