package cn.quzhou.stations.funding;

import cn.quzhou.stations.shared.Labels;

/** A ledger entry: a grant received, an expense, or the reversal of an expense (a correction, never an edit). */
@Labels("funding.entryKind")
public enum EntryKind {
    RECEIPT, EXPENSE, REVERSAL
}
