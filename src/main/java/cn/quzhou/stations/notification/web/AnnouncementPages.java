package cn.quzhou.stations.notification.web;

import cn.quzhou.stations.notification.AnnouncementKind;

/** The kind filter as typed in a page's address, leniently: an unknown value filters nothing (never a 500). */
final class AnnouncementPages {

    private AnnouncementPages() {
    }

    static AnnouncementKind kind(String value) {
        try {
            return value == null || value.isBlank() ? null : AnnouncementKind.valueOf(value.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
