package cn.quzhou.stations.station;

import cn.quzhou.stations.shared.Labels;

/** The six causes of Art. 18, in the policy's order. */
@Labels("revocation.cause")
public enum RevocationCause {
    /** (一) concealment or false materials during the evaluation. */
    FALSE_MATERIALS,
    /** (二) infringement of others' intellectual property, confirmed by an authority. */
    IP_INFRINGEMENT,
    /** (三) a major safety, quality or environmental accident punished by the authorities. */
    MAJOR_ACCIDENT,
    /** (四) no progress at all on the cooperation project within one year of recognition. */
    NO_PROGRESS,
    /** (五) two consecutive UNQUALIFIED years. */
    TWO_UNQUALIFIED_YEARS,
    /** (六) the society reports poor cooperation and no intention to continue. */
    SOCIETY_WITHDRAWS
}
