package cn.quzhou.stations.notification;

import java.time.Instant;
import java.time.LocalDate;

public record AnnouncementView(long id, String title, AnnouncementKind kind, String body, LocalDate publishedOn,
                               AnnouncementStatus status, String createdBy, Instant updatedAt, int version) {

    public boolean editable() {
        return status != AnnouncementStatus.PUBLISHED;
    }
}
