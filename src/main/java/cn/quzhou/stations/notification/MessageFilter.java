package cn.quzhou.stations.notification;

import java.util.List;

/**
 * The inbox's filter: by read state ({@code READ}, {@code UNREAD}, or null for both) and by kind (null for every kind).
 */
public record MessageFilter(Status status, Kind kind) {

    public enum Status {
        READ, UNREAD
    }

    /**
     * What a message is about, by the subject key's module prefix: applications (with panels and notices), evaluation
     * (with results), stations (plans, feedback), funding; and reminders of every module (keys with {@code .reminder.}).
     */
    public enum Kind {
        APPLICATION(List.of("application.%", "panel.%", "notice.%")),
        EVALUATION(List.of("evaluation.%", "results.%")),
        STATION(List.of("station.%", "reports.%", "feedback.%")),
        FUNDING(List.of("funding.%")),
        REMINDER(List.of("%.reminder.%"));

        private final List<String> patterns;

        Kind(List<String> patterns) {
            this.patterns = patterns;
        }

        /** LIKE patterns over the subject key. */
        public List<String> patterns() {
            return patterns;
        }
    }

    public static MessageFilter none() {
        return new MessageFilter(null, null);
    }
}
