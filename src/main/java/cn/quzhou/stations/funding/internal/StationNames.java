package cn.quzhou.stations.funding.internal;

import cn.quzhou.stations.organisation.HostUnitRenamed;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.shared.TransactionMemo;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The names to copy beside a new instalment, ledger or clawback, read through the station and organisation facades
 * (which need no signed-in user: rows are opened by events, inside other modules' transactions).
 */
@Component
public class StationNames {

    private final Stations stations;
    private final HostUnits units;
    private final TransactionMemo<List<Long>, NameCopy> copies = new TransactionMemo<>();

    StationNames(Stations stations, HostUnits units) {
        this.stations = stations;
        this.units = units;
    }

    /** An import opens thousands of instalments in one transaction: each station's names read once. */
    public NameCopy of(long stationId, long hostUnitId) {
        return copies.get(List.of(stationId, hostUnitId), k -> read(stationId, hostUnitId));
    }

    /** A unit renamed in the same transaction: read its name again. */
    @EventListener
    void on(HostUnitRenamed e) {
        copies.forget();
    }

    private NameCopy read(long stationId, long hostUnitId) {
        StationView station = stations.byIds(List.of(stationId)).get(stationId);
        String unit = units.namesOf(List.of(hostUnitId)).get(hostUnitId);
        return new NameCopy(station == null ? "" : station.name(), unit == null ? "" : unit);
    }
}
