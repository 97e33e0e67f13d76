package cn.quzhou.stations.notification;

import cn.quzhou.stations.shared.Labels;

/** A draft is seen by the city CAST only; a published one by everybody; a withdrawn one is taken down, kept, and may be published again. */
@Labels("announcement.status")
public enum AnnouncementStatus {
    DRAFT, PUBLISHED, WITHDRAWN
}
