package cn.quzhou.stations.notification;

import cn.quzhou.stations.shared.Labels;

/** What an announcement (通知公告) is: the application call, the evaluation notice, results, or anything else. */
@Labels("announcement.kind")
public enum AnnouncementKind {
    APPLICATION_CALL, EVALUATION_NOTICE, RESULT, OTHER
}
