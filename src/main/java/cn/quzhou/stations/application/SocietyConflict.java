package cn.quzhou.stations.application;

/**
 * Art. 3(6): one station per society in the city. Another application naming the same society that
 * is recognised or still in the race; {@code aheadOrRecognised} when it blocks recognition of this one.
 */
public record SocietyConflict(long applicationId, String stationName, String unitName, ApplicationStatus status,
                              boolean aheadOrRecognised) {
}
