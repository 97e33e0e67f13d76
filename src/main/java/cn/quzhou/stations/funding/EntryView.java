package cn.quzhou.stations.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A ledger entry. A reversal names the entry it reverses ({@code reversesId}); a reversed expense names its reversal
 * ({@code reversedById}). {@code balanceAfter} is the ledger's balance once the entry was recorded (the running
 * balance, in the order entries were recorded).
 */
public record EntryView(long id, EntryKind kind, LocalDate entryDate, BigDecimal amount, String category,
                        String categoryName, String payee, String purpose, String project, String voucherName,
                        Long reversesId, Long reversedById, String reason, String recordedBy, Instant recordedAt,
                        BigDecimal balanceAfter) {

    /** The entry's effect on the balance: receipts and reversals add, expenses take away. */
    public BigDecimal signedAmount() {
        return kind == EntryKind.EXPENSE ? amount.negate() : amount;
    }

    public boolean hasVoucher() {
        return voucherName != null;
    }

    public boolean reversible() {
        return kind == EntryKind.EXPENSE && reversedById == null;
    }
}
