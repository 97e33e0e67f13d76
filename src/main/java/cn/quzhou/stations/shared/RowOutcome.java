package cn.quzhou.stations.shared;

import java.io.Serializable;
import java.util.List;

/**
 * What a batch action did to one selected row: done, or refused with the rule's words ({@code messageKey} and its
 * arguments, rendered in the reader's language). Batches act row by row, each in its own transaction, so one refused
 * row never undoes the others; the page lists every row's outcome. Serializable: it travels as a flash attribute.
 */
public record RowOutcome(String label, boolean done, String messageKey, List<String> args) implements Serializable {

    public static RowOutcome done(String label, String messageKey) {
        return new RowOutcome(label, true, messageKey, List.of());
    }

    public static RowOutcome refused(String label, BusinessRuleException e) {
        return new RowOutcome(label, false, e.messageKey(),
                e.args() == null ? List.of() : java.util.Arrays.stream(e.args()).map(String::valueOf).toList());
    }
}
