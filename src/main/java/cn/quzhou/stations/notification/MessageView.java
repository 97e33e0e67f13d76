package cn.quzhou.stations.notification;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * A message as its recipient sees it: {@code subject} is rendered from {@code subjectKey} and
 * {@code args} in the reader's locale. {@code link} is a path inside the platform, or null.
 * {@code emailStatus} is SENT, FAILED, or null when no e-mail was attempted.
 */
public record MessageView(long id, String subjectKey, List<String> args, String subject, String link,
                          ZonedDateTime createdAt, ZonedDateTime readAt, String emailStatus) {

    public boolean read() {
        return readAt != null;
    }
}
