package cn.quzhou.stations.funding;

/** The instalments list's filters, each optional: evaluation year, status, jurisdiction. */
public record InstalmentFilter(Integer year, InstalmentStatus status, Long jurisdiction) {

    public static InstalmentFilter none() {
        return new InstalmentFilter(null, null, null);
    }
}
