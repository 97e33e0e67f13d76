package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.shared.BusinessRuleException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A refused command's message, resolved with its arguments, shown on the page redirected to. */
@Component
class Flash {

    private final MessageSource messages;

    Flash(MessageSource messages) {
        this.messages = messages;
    }

    void problem(RedirectAttributes redirect, BusinessRuleException e) {
        redirect.addFlashAttribute("problemText", text(e));
    }

    String text(BusinessRuleException e) {
        return messages.getMessage(e.messageKey(), e.args(), e.messageKey(), LocaleContextHolder.getLocale());
    }
}
