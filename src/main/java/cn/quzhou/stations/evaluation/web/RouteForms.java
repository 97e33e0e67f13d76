package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.Forms;
import java.util.Set;
import org.springframework.validation.BindingResult;

/** A refused route command's message at its field when the form has that field, else at the top of the form. */
final class RouteForms {

    private RouteForms() {
    }

    static void reject(BindingResult result, BusinessRuleException e, Set<String> fields) {
        if (e.field() != null && fields.contains(e.field())) {
            Forms.reject(result, e);
        } else {
            result.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }
}
