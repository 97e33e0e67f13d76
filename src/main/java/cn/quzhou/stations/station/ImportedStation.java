package cn.quzhou.stations.station;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * A station recognised on paper before the platform (D8), as its recognition document and agreement state it: the
 * document number and date as issued, the level, society and branch, the agreement period and the expert team.
 */
public record ImportedStation(String name, SocietyLevel level, long hostUnitId, long societyId, String societyBranch,
                              String documentNumber, LocalDate recognisedOn, LocalDate agreementSignedOn,
                              LocalDate agreementEndsOn, String responsibleName, String responsibleTitle,
                              String responsiblePhone, List<StationView.TeamMember> expertTeam) {

    public ImportedStation {
        expertTeam = List.copyOf(expertTeam);
    }
}
