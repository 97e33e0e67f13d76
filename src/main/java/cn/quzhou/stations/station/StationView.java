package cn.quzhou.stations.station;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.time.LocalDate;
import java.util.List;

/** A recognised station as the registry shows it; {@code applicationId} is null for an imported station. */
public record StationView(long id, Long applicationId, String name, SocietyLevel level, long hostUnitId,
                          String hostUnitName, long jurisdictionId, String jurisdictionName, long societyId, String societyName,
                          String societyBranch, LocalDate agreementSignedOn, LocalDate agreementEndsOn,
                          String responsibleName, String responsibleTitle, String responsiblePhone,
                          String documentNumber, LocalDate recognisedOn, StationStatus status,
                          List<TeamMember> expertTeam) {

    public record TeamMember(String name, String title, String field, String organisation, Integer plannedDays) {
    }
}
