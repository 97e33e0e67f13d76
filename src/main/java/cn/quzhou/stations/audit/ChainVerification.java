package cn.quzhou.stations.audit;

import java.util.List;

/**
 * The result of recomputing the hash chain. {@code alteredRows} are rows whose content no longer
 * matches their hash; {@code brokenLinks} are rows whose predecessor was removed or replaced.
 */
public record ChainVerification(long rowsChecked, List<Long> alteredRows, List<Long> brokenLinks) {

    public boolean intact() {
        return alteredRows.isEmpty() && brokenLinks.isEmpty();
    }
}
