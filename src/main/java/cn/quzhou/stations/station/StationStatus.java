package cn.quzhou.stations.station;

import cn.quzhou.stations.shared.Labels;

@Labels("station.status")
public enum StationStatus {
    ACTIVE, REVOKED, EXPIRED
}
