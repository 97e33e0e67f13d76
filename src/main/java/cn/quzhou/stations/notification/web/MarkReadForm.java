package cn.quzhou.stations.notification.web;

import jakarta.validation.constraints.Size;
import java.util.List;

/** The inbox's check boxes: the ids of the messages to mark read, and the inbox address (page, filters) to return to. */
record MarkReadForm(List<Long> ids, @Size(max = 2000) String back) {

    List<Long> chosen() {
        return ids == null ? List.of() : ids;
    }

    /** The inbox as it was; only an inbox address is followed (never another site or page). */
    String backTo() {
        boolean inbox = back != null && (back.equals("/messages") || back.startsWith("/messages?"))
                && back.chars().noneMatch(Character::isISOControl);
        return inbox ? back : "/messages";
    }
}
