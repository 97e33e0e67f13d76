package cn.quzhou.stations.application;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.time.LocalDate;
import java.util.List;

/**
 * Published when the joint document recognises an application (PUBLIC_NOTICE → RECOGNISED), after it
 * is saved: everything the station module needs to open the station's record. The agreement runs
 * {@code cooperationYears} from {@code agreementSignedOn}.
 *
 * <p>It carries no contact data (mobile, e-mail, landline): an event may be logged, recorded or serialised where the
 * platform's sealing does not reach, so the listener reads the responsible person's phone through
 * {@link Applications#responsiblePhoneOf} by the application's id.
 */
public record StationRecognised(long applicationId, long hostUnitId, long jurisdictionId, long societyId,
                                String societyBranch, SocietyLevel level, LocalDate agreementSignedOn,
                                int cooperationYears, String responsibleName, String responsibleTitle,
                                List<ExpertMember> expertTeam, String stationName,
                                String documentNumber, LocalDate recognisedOn) {

    public StationRecognised {
        expertTeam = List.copyOf(expertTeam);
    }
}
