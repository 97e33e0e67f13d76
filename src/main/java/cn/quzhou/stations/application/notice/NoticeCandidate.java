package cn.quzhou.stations.application.notice;

import cn.quzhou.stations.organisation.SocietyLevel;

/** An application in PUBLIC_NOTICE that no notice lists yet. */
public record NoticeCandidate(long applicationId, String stationName, String unitName, String societyName,
                              SocietyLevel level) {
}
