package cn.quzhou.stations.shared;

import org.springframework.validation.BindingResult;

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
}
