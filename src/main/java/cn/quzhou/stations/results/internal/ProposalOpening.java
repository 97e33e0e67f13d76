package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.internal.Actors;
import cn.quzhou.stations.station.RevocationCause;
import cn.quzhou.stations.station.StationStatus;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** Opens and withdraws the proposals the system makes (Art. 18(4)(5)); the city CAST is told of each new one. */
@Component
public class ProposalOpening {

    private final ProposalStore store;
    private final RevocationProposalRepository proposals;
    private final Stations stations;
    private final Accounts accounts;
    private final Notifications notifications;
    private final AuditLog audit;
    private final Clock clock;
    private final cn.quzhou.stations.organisation.HostUnits units;

    ProposalOpening(cn.quzhou.stations.organisation.HostUnits units, ProposalStore store, RevocationProposalRepository proposals, Stations stations, Accounts accounts, Notifications notifications,
            AuditLog audit, Clock clock) {
        this.units = units;
        this.store = store;
        this.proposals = proposals;
        this.stations = stations;
        this.accounts = accounts;
        this.notifications = notifications;
        this.audit = audit;
        this.clock = clock;
    }

    /** Proposes revocation of an active station, once per basis: true when a proposal was opened. */
    public boolean propose(long stationId, long hostUnitId, long jurisdictionId, RevocationCause cause, int basisYear,
            LocalDate from, LocalDate to) {
        return propose(stationId, hostUnitId, jurisdictionId, cause, basisYear, from, to, null);
    }

    /** As above, with the society's feedback as the basis of a SOCIETY_WITHDRAWS proposal (Art. 18(6)). */
    public boolean propose(long stationId, long hostUnitId, long jurisdictionId, RevocationCause cause, int basisYear,
            LocalDate from, LocalDate to, Long feedbackId) {
        StationView station = stations.byIds(List.of(stationId)).get(stationId);
        if (station == null || station.status() != StationStatus.ACTIVE) {
            return false;
        }
        // the unit named on the proposal; the station's own when the unit is not known by the id given
        String unitName = station.hostUnitId() == hostUnitId ? station.hostUnitName()
                : units.namesOf(List.of(hostUnitId)).getOrDefault(hostUnitId, station.hostUnitName());
        var id = store.propose(stationId, hostUnitId, jurisdictionId, cause, basisYear, from, to, feedbackId,
                clock.instant(), station.name(), unitName);
        id.ifPresent(p -> {
            audit.record(AuditRecord.success("revocation.propose", "station", stationId,
                    cause + (feedbackId != null ? " feedback #" + feedbackId
                            : basisYear > 0 ? " " + (basisYear - 1) + "+" + basisYear : " " + from + "…" + to) + " #" + p));
            notifications.notify(accounts.contactsOf(Role.CITY_CAST, null).stream().map(Contact::accountId).toList(),
                    "results.notify.proposalOpened", List.of(station.name()), "/revocation-proposals/" + p);
        });
        return id.isPresent();
    }

    /** Withdraws the station's open proposals for the cause on any of the basis years (one look-up). */
    public void withdraw(long stationId, RevocationCause cause, java.util.Set<Integer> basisYears, String note) {
        store.openFor(stationId, cause).stream().filter(p -> basisYears.contains(p.basisYear()))
                .forEach(p -> withdraw(p, note));
    }

    public void withdraw(ProposalStore.Row p, String note) {
        RevocationProposal proposal = proposals.lockById(p.id()).orElseThrow();
        if (proposal.withdrawable()) {
            proposal.withdraw(Actors.current(), clock.instant(), note);
            proposals.saveAndFlush(proposal);
            audit.record(AuditRecord.success("revocation.proposal.withdraw", "station", p.stationId(),
                    "#" + p.id() + ": " + note));
        }
    }
}
