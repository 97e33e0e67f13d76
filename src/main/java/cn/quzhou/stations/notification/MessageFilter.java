package cn.quzhou.stations.notification;

/** The inbox's filter: only unread ({@code UNREAD}), only read ({@code READ}), or every message (null). */
public record MessageFilter(Status status) {

    public enum Status {
        READ, UNREAD
    }

    public static MessageFilter none() {
        return new MessageFilter(null);
    }
}
