package cn.quzhou.stations.application;

/** Where a notice stands on a given day: not begun yet, running (objections accepted), or over. */
public enum NoticeState {
    UPCOMING, OPEN, ENDED
}
