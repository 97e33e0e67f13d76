package cn.quzhou.stations.application.notice;

import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.util.List;

/**
 * A proposed station of a notice as published: host unit, society, level and business fields, no
 * personal data. {@code status} is the application's status now (null on the public side).
 */
public record NoticeStation(long applicationId, String stationName, String unitName, String societyName,
                            SocietyLevel level, List<BusinessField> businessFields, ApplicationStatus status) {
}
