package cn.quzhou.stations.funding;

/**
 * One finding of the reconciliation.
 *
 * @param kind REVOKED_WITHOUT_CLAWBACK, PAID_WITHOUT_PASSING_RESULT, RECORDED_WITHOUT_PASSING_RESULT or
 *             LEDGER_OUT_OF_BALANCE
 * @param detail what does not add up (year, amounts), for the page
 */
public record Anomaly(String kind, long stationId, String detail) {

    public static final String REVOKED_WITHOUT_CLAWBACK = "REVOKED_WITHOUT_CLAWBACK";
    public static final String PAID_WITHOUT_PASSING_RESULT = "PAID_WITHOUT_PASSING_RESULT";
    public static final String RECORDED_WITHOUT_PASSING_RESULT = "RECORDED_WITHOUT_PASSING_RESULT";
    public static final String LEDGER_OUT_OF_BALANCE = "LEDGER_OUT_OF_BALANCE";
    /** A published result, payment or ledger line whose content no longer matches its MAC (issue #11). */
    public static final String RESULT_SEAL_MISMATCH = "RESULT_SEAL_MISMATCH";
    public static final String PAYMENT_SEAL_MISMATCH = "PAYMENT_SEAL_MISMATCH";
    public static final String LEDGER_SEAL_MISMATCH = "LEDGER_SEAL_MISMATCH";
    public static final String RECOGNITION_SEAL_MISMATCH = "RECOGNITION_SEAL_MISMATCH";
    /** A payment imported from paper history (D8) for a year whose result is UNQUALIFIED or missing. */
    public static final String IMPORTED_PAID_WITHOUT_PASSING_RESULT = "IMPORTED_PAID_WITHOUT_PASSING_RESULT";
    /** An imported payment whose amount is not the policy's grant for the station's level and year (or none is due). */
    public static final String IMPORTED_AMOUNT_MISMATCH = "IMPORTED_AMOUNT_MISMATCH";
    /** A station's year paid more than once, at least once on paper. */
    public static final String IMPORTED_PAID_TWICE = "IMPORTED_PAID_TWICE";
}
