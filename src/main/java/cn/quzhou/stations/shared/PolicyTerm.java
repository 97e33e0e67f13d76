package cn.quzhou.stations.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A number (or a few) of a dated policy table as in force on a day, for the read-only policy page: {@code id} names
 * it on the page, message {@code key} labels it (with the text of message {@code subject} as its argument, when not
 * null) and {@code key + ".value"} states it with {@code args}; the version it comes from is given by its effective
 * date and source, null where the table keeps none (the working calendar is a list of days, not a version).
 */
public record PolicyTerm(String id, String key, String subject, List<Object> args, LocalDate effectiveFrom,
                         String source) {

    public PolicyTerm {
        args = List.copyOf(args);
    }
}
