package cn.quzhou.stations.audit.internal;

/**
 * The end of the chain a new row links to: the newest row's unkeyed hash and its MAC (null for a row written before
 * the chain was keyed). The MAC chain links to the MAC where there is one, else to the hash: so the first keyed row
 * seals the unkeyed chain before it.
 */
record ChainLink(String hash, String mac) {

    static final ChainLink GENESIS = new ChainLink(AuditHash.GENESIS, null);

    String link() {
        return mac != null ? mac : hash;
    }
}
