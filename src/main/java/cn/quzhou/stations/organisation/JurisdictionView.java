package cn.quzhou.stations.organisation;

public record JurisdictionView(long id, String code, String name, JurisdictionKind kind, boolean active) {
}
