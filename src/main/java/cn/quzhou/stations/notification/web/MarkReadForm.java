package cn.quzhou.stations.notification.web;

import java.util.List;

/** The inbox's check boxes: the ids of the messages to mark read. */
record MarkReadForm(List<Long> ids) {

    List<Long> chosen() {
        return ids == null ? List.of() : ids;
    }
}
