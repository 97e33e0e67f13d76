package cn.quzhou.stations.results;

import cn.quzhou.stations.station.RevocationCause;

/** The revocation proposals list's filters, each optional: status, cause. */
public record ProposalFilter(ProposalView.Status status, RevocationCause cause) {

    public static ProposalFilter none() {
        return new ProposalFilter(null, null);
    }
}
