package cn.quzhou.stations.funding;

/** A ledger entry: a grant received, an expense, or the reversal of an expense (a correction, never an edit). */
public enum EntryKind {
    RECEIPT, EXPENSE, REVERSAL
}
