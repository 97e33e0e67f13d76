package cn.quzhou.stations.shared.web;

import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;
import org.springframework.stereotype.Component;

/**
 * The layout's one way to show a notice or a problem: {@code ${@pageMessages.text(problem, #locale)}}. It accepts only
 * a {@link MessageSourceResolvable} (a {@link cn.quzhou.stations.shared.PageMessage}), so a controller that puts a raw
 * key or an exception there fails loudly in every page test; a key missing from the bundles (a defect, also caught by
 * {@code MessageBundlesTests}) reads as the general "request could not be handled" text, never as {@code ??key??}.
 */
@Component("pageMessages")
public class PageMessages {

    private static final Logger LOG = LoggerFactory.getLogger(PageMessages.class);

    private final MessageSource messages;

    PageMessages(MessageSource messages) {
        this.messages = messages;
    }

    public String text(MessageSourceResolvable message, Locale locale) {
        try {
            return messages.getMessage(message, locale);
        } catch (NoSuchMessageException e) {
            LOG.warn("No message for {}", String.join(",", message.getCodes()));
            return messages.getMessage("error.other", null, locale);
        }
    }
}
