package cn.quzhou.stations.application.recognition.internal;

import cn.quzhou.stations.organisation.SocietyLevel;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A line of the recognition document's table. */
@Embeddable
public class RecognisedStation {

    private long applicationId;
    private String stationName;
    @Enumerated(EnumType.STRING)
    private SocietyLevel level;
    private String unitName;
    private String societyName;

    protected RecognisedStation() {
    }

    public RecognisedStation(long applicationId, String stationName, SocietyLevel level, String unitName,
                             String societyName) {
        this.applicationId = applicationId;
        this.stationName = stationName;
        this.level = level;
        this.unitName = unitName;
        this.societyName = societyName;
    }

    public long getApplicationId() { return applicationId; }
    public String getStationName() { return stationName; }
    public SocietyLevel getLevel() { return level; }
    public String getUnitName() { return unitName; }
    public String getSocietyName() { return societyName; }
}
