package cn.quzhou.stations.notification.internal;

import java.util.List;

/** Published inside the notifying transaction; the e-mails go out once it has committed. */
public record MessagesCreated(List<Long> messageIds) {
}
