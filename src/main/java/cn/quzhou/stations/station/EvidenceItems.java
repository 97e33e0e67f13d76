package cn.quzhou.stations.station;

import java.util.Map;

/**
 * Which indicator item (appendix 2, e.g. {@code B1.3}) each kind of evidence counts toward under the measures
 * governing a year. That is policy data, read by module evaluation, which scores; station asks through this port so
 * that the dependency still runs evaluation → station. A kind the measures do not score is absent.
 */
public interface EvidenceItems {

    Map<EvidenceKind, String> of(int year);
}
