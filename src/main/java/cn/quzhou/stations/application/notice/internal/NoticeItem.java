package cn.quzhou.stations.application.notice.internal;

import cn.quzhou.stations.organisation.SocietyLevel;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A proposed station as the public sees it, copied when the notice opens: no personal data. */
@Embeddable
public class NoticeItem {

    private long applicationId;
    private String stationName;
    private String unitName;
    private String societyName;
    @Enumerated(EnumType.STRING)
    private SocietyLevel level;
    private String businessFields;

    protected NoticeItem() {
    }

    public NoticeItem(long applicationId, String stationName, String unitName, String societyName, SocietyLevel level,
                      String businessFields) {
        this.applicationId = applicationId;
        this.stationName = stationName;
        this.unitName = unitName;
        this.societyName = societyName;
        this.level = level;
        this.businessFields = businessFields;
    }

    public long getApplicationId() { return applicationId; }
    public String getStationName() { return stationName; }
    public String getUnitName() { return unitName; }
    public String getSocietyName() { return societyName; }
    public SocietyLevel getLevel() { return level; }
    public String getBusinessFields() { return businessFields; }
}
