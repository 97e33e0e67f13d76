package cn.quzhou.stations.station.internal;

import cn.quzhou.stations.application.StationRecognised;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.station.ImportedStation;
import cn.quzhou.stations.station.StationStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 学会服务站 — opened by the recognition document with what the application established. */
@Entity
@Table(name = "station")
public class Station {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    /** Null for a station imported with its history (recognised before the platform, D8). */
    private Long applicationId;
    private String name;
    @Enumerated(EnumType.STRING)
    private SocietyLevel level;
    private long hostUnitId;
    /** Copies of the unit's and the society's names, kept current by {@link NameCopies}, so lists search them. */
    private String hostUnitName;
    private long jurisdictionId;
    private long societyId;
    private String societyName;
    private String societyBranch;
    private LocalDate agreementSignedOn;
    private LocalDate agreementEndsOn;
    private String responsibleName;
    private String responsibleTitle;
    @jakarta.persistence.Convert(converter = cn.quzhou.stations.shared.SealedText.class)
    private String responsiblePhone;
    private String documentNumber;
    private LocalDate recognisedOn;
    @Enumerated(EnumType.STRING)
    private StationStatus status = StationStatus.ACTIVE;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "station_expert", joinColumns = @JoinColumn(name = "station_id"))
    @OrderColumn(name = "position")
    private List<TeamMemberRow> expertTeam = new ArrayList<>();
    /** Where an imported station came from; all null for one opened by the platform's recognition. */
    private String importSha256;
    private Integer importRow;
    private String importedBy;
    private java.time.Instant importedAt;
    @Version
    private int version;

    protected Station() {
    }

    /** The agreement runs its cooperation period from the day it was signed (Art. 3(2)). */
    public static Station openedBy(StationRecognised e, String hostUnitName, String societyName,
                                   String responsiblePhone) {
        Station s = new Station();
        s.hostUnitName = hostUnitName;
        s.societyName = societyName;
        s.applicationId = e.applicationId();
        s.name = e.stationName();
        s.level = e.level();
        s.hostUnitId = e.hostUnitId();
        s.jurisdictionId = e.jurisdictionId();
        s.societyId = e.societyId();
        s.societyBranch = e.societyBranch();
        s.agreementSignedOn = e.agreementSignedOn();
        s.agreementEndsOn = e.agreementSignedOn().plusYears(e.cooperationYears()).minusDays(1);
        s.responsibleName = e.responsibleName();
        s.responsibleTitle = e.responsibleTitle();
        s.responsiblePhone = responsiblePhone;
        s.documentNumber = e.documentNumber();
        s.recognisedOn = e.recognisedOn();
        e.expertTeam().forEach(m -> s.expertTeam.add(new TeamMemberRow(m.name(), m.title(), m.field(),
                m.organisation(), m.plannedDays())));
        return s;
    }

    /**
     * A station recognised on paper before the platform (D8), as its recognition document and agreement state it:
     * the paper document number is kept as it is, and the row it came from is recorded.
     */
    public static Station imported(ImportedStation c, String hostUnitName, long jurisdictionId, String societyName,
                                   cn.quzhou.stations.shared.ImportOrigin origin) {
        Station s = new Station();
        s.name = c.name();
        s.level = c.level();
        s.hostUnitId = c.hostUnitId();
        s.hostUnitName = hostUnitName;
        s.jurisdictionId = jurisdictionId;
        s.societyId = c.societyId();
        s.societyName = societyName;
        s.societyBranch = c.societyBranch();
        s.agreementSignedOn = c.agreementSignedOn();
        s.agreementEndsOn = c.agreementEndsOn();
        s.responsibleName = c.responsibleName();
        s.responsibleTitle = c.responsibleTitle();
        s.responsiblePhone = c.responsiblePhone();
        s.documentNumber = c.documentNumber();
        s.recognisedOn = c.recognisedOn();
        c.expertTeam().forEach(m -> s.expertTeam.add(new TeamMemberRow(m.name(), m.title(), m.field(),
                m.organisation(), m.plannedDays())));
        s.importSha256 = origin.sha256();
        s.importRow = origin.row();
        s.importedBy = origin.importedBy();
        s.importedAt = origin.importedAt();
        return s;
    }

    /** Art. 18: the station ends as read-only history; only an active station can be revoked. */
    public void revoke() {
        status = status.after(StationStatus.Step.REVOKE)
                .orElseThrow(() -> cn.quzhou.stations.shared.ConflictException.of("revocation.error.notActive"));
    }

    public Long getId() { return id; }
    public Long getApplicationId() { return applicationId; }
    public String getName() { return name; }
    public SocietyLevel getLevel() { return level; }
    public long getHostUnitId() { return hostUnitId; }
    public long getJurisdictionId() { return jurisdictionId; }
    public long getSocietyId() { return societyId; }
    public String getSocietyBranch() { return societyBranch; }
    public LocalDate getAgreementSignedOn() { return agreementSignedOn; }
    public LocalDate getAgreementEndsOn() { return agreementEndsOn; }
    public String getResponsibleName() { return responsibleName; }
    public String getResponsibleTitle() { return responsibleTitle; }
    public String getResponsiblePhone() { return responsiblePhone; }
    public String getDocumentNumber() { return documentNumber; }
    public LocalDate getRecognisedOn() { return recognisedOn; }
    public StationStatus getStatus() { return status; }
    public boolean isImported() { return importSha256 != null; }
    public List<TeamMemberRow> getExpertTeam() { return List.copyOf(expertTeam); }
}
