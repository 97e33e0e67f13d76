package cn.quzhou.stations.shared;

import java.io.Serializable;
import java.util.Arrays;
import org.springframework.context.MessageSourceResolvable;

/**
 * A message for the top of a page (the layout's notice or problem): a bundle key with its arguments, resolved in the
 * reader's language when the page renders. It is the only thing the layout renders there, so a raw key, an exception
 * or a Java class name can never reach the page. Serializable: it travels in the flash map across a redirect.
 */
public record PageMessage(String key, Object[] arguments) implements MessageSourceResolvable, Serializable {

    public PageMessage {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a page message needs a bundle key");
        }
        arguments = arguments == null ? new Object[0] : arguments.clone();
    }

    public static PageMessage of(String key, Object... arguments) {
        return new PageMessage(key, arguments);
    }

    /** What a rule refused, in the rule's own words (its key and arguments). */
    public static PageMessage of(BusinessRuleException refusal) {
        return new PageMessage(refusal.messageKey(), refusal.args());
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    /** Equal when the key and the arguments are (a record compares arrays by reference). */
    @Override
    public boolean equals(Object other) {
        return other instanceof PageMessage m && key.equals(m.key) && Arrays.equals(arguments, m.arguments);
    }

    @Override
    public int hashCode() {
        return 31 * key.hashCode() + Arrays.hashCode(arguments);
    }

    @Override
    public String toString() {
        return key + Arrays.toString(arguments);
    }
}
