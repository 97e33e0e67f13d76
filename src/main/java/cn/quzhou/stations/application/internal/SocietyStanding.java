package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.application.ApplicationStatus;

/** Where an application naming a society stands: enough to flag Art. 3(6) on a list without loading it. */
public record SocietyStanding(long applicationId, Long societyId, ApplicationStatus status) {

    /** Recognised, or still in the race for recognition. */
    public boolean counts() {
        return status.active() || status == ApplicationStatus.RECOGNISED;
    }
}
