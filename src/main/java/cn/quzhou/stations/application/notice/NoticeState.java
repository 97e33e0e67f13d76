package cn.quzhou.stations.application.notice;

import cn.quzhou.stations.shared.Labels;

/** Where a notice stands on a given day: not begun yet, running (objections accepted), or over. */
@Labels("notice.filter.state")
public enum NoticeState {
    UPCOMING, OPEN, ENDED
}
