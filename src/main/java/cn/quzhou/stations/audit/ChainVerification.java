package cn.quzhou.stations.audit;

import java.util.List;

/**
 * The result of checking the audit chain. {@code alteredRows} are rows whose content no longer matches their hash or
 * their MAC (or whose MAC was removed); {@code brokenLinks} are rows whose predecessor was removed or replaced;
 * {@code unverifiableRows} carry a MAC whose key is not configured (then {@code keyAvailable} is false and those rows
 * are neither confirmed nor refuted); {@code truncatedAnchors} are chain heads written to the anchor file that are no
 * longer in the table (rows were deleted from the end).
 */
public record ChainVerification(long rowsChecked, List<Long> alteredRows, List<Long> brokenLinks,
                                List<Long> unverifiableRows, boolean keyAvailable, long anchorsChecked,
                                List<Long> truncatedAnchors) {

    public ChainVerification(long rowsChecked, List<Long> alteredRows, List<Long> brokenLinks) {
        this(rowsChecked, alteredRows, brokenLinks, List.of(), true, 0, List.of());
    }

    public boolean intact() {
        return alteredRows.isEmpty() && brokenLinks.isEmpty() && truncatedAnchors.isEmpty() && keyAvailable;
    }
}
