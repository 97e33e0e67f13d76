package cn.quzhou.stations.notification.web;

import cn.quzhou.stations.notification.MessageFilter;
import cn.quzhou.stations.shared.Input;
import cn.quzhou.stations.shared.ListRequest;
import jakarta.validation.constraints.Size;
import cn.quzhou.stations.shared.ListAddresses;
import java.util.List;
import java.util.Map;

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

    /** The page, order and keyword of the inbox returned to: what htmx shows in place of the redirect there. */
    ListRequest list() {
        Map<String, String> query = query();
        return new ListRequest(query.get("page"), query.get("size"), query.get("sort"), query.get("q"),
                query.get("after"), false);
    }

    /** The filter of the inbox returned to; an unknown value filters nothing, as on the inbox itself. */
    MessageFilter filter() {
        Map<String, String> query = query();
        return new MessageFilter(Input.constant(MessageFilter.Status.class, query.get("status")),
                Input.constant(MessageFilter.Kind.class, query.get("kind")));
    }

    private Map<String, String> query() {
        return ListAddresses.query(backTo()).toSingleValueMap();
    }
}
