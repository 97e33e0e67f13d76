package cn.quzhou.stations.organisation;

import java.time.LocalDate;
import java.util.List;

/**
 * One line of the home page's workbench (待办): a message key with its arguments, how many, where to go, and — where
 * the line has a deadline — the earliest deadline among its items, the working days its oldest item has waited and
 * how many of its items are overdue. A line without a deadline has {@code deadline} null, and {@code daysWaited} too
 * unless it tells since when its items wait (an applicant's drafts: since the oldest one's last change).
 */
public record TodoItem(String labelKey, List<String> args, long count, String href, LocalDate deadline,
                       Integer daysWaited, long overdue) {

    public TodoItem {
        args = List.copyOf(args);
    }

    /** A plain count, for work that has no deadline. */
    public TodoItem(String labelKey, long count, String href) {
        this(labelKey, List.of(), count, href, null, null, 0);
    }

    public boolean isOverdue() {
        return overdue > 0;
    }
}
