package cn.quzhou.stations.station;

public enum StationStatus {
    ACTIVE, REVOKED, EXPIRED
}
