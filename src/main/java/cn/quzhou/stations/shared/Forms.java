package cn.quzhou.stations.shared;

import java.util.function.Supplier;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Puts a refused command's message where the user will see it: at its field, or at the top of the form. */
public final class Forms {

    private Forms() {
    }

    public static void reject(BindingResult result, BusinessRuleException e) {
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
                redirect.addFlashAttribute("notice", notice);
                return success;
            } catch (BusinessRuleException e) {
                reject(result, e);
            }
        }
        return page.get();
    }
}
