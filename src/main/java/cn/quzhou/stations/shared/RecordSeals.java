package cn.quzhou.stations.shared;

import java.util.List;

/**
 * MACs over the canonical content of records that decide or move money (issue #11): each store seals a row right
 * after inserting it; the nightly reconciliation lists the rows that no longer match.
 */
public interface RecordSeals {

    /** The sealed tables and the columns their MAC covers (the content that must never change). */
    enum Sealed {
        EVALUATION_RESULT("evaluation_result", "t.station_id",
                "year", "station_id", "version", "station_year", "host_unit_id", "jurisdiction_id", "level",
                "submitted", "total", "grade", "reason_key", "reason_args", "policy_effective_from",
                "document_number", "published_on", "correction_reason", "recorded_by", "approved_by"),
        // status and approval move on (awaiting → approved / withdrawn); what was paid, when, to whom does not
        GRANT_PAYMENT("grant_payment", "(select i.station_id from grant_instalment i where i.id = t.instalment_id)",
                "instalment_id", "paid_on", "amount", "payer", "document_number", "bank_reference",
                "idempotency_key", "recorded_by"),
        LEDGER_ENTRY("ledger_entry", "t.station_id",
                "station_id", "kind", "entry_date", "amount", "category_code", "payee", "purpose", "project",
                "voucher_file_id", "voucher_name", "payment_id", "reverses_id", "reason", "recorded_by", "balance_after"),
        // the joint recognition document and every station line it recognises (reported under its first station)
        RECOGNITION("recognition", "coalesce((select min(s.id) from recognition_station rs join station s"
                + " on s.application_id = rs.application_id where rs.recognition_id = t.id), 0)",
                "notice_id", "year", "seq", "number", "title", "issued_on", "issued_by",
                "stations=(select string_agg(concat_ws(':', rs.position, rs.application_id, rs.station_name, rs.level,"
                        + " rs.unit_name, rs.society_name), '|' order by rs.position) from recognition_station rs"
                        + " where rs.recognition_id = t.id)");

        public final String table;
        final String station;
        final List<String> columns;

        Sealed(String table, String station, String... columns) {
            this.table = table;
            this.station = station;
            this.columns = List.of(columns);
        }

        /** SQL for the station the row belongs to, over alias {@code t}. */
        public String stationSql() {
            return station;
        }

        /** The sealed values' names, in order; {@code name=(sql)} is a value computed over alias {@code t}. */
        public List<String> columns() {
            return columns;
        }
    }

    /** Seals row {@code id} of {@code table} as it is stored now (call it in the inserting transaction). */
    void seal(Sealed table, long id);

    /** Every row of {@code table} whose MAC fails, is missing, or was made with a key that is not configured. */
    List<Mismatch> mismatches(Sealed table);

    /** @param problem ALTERED, UNSEALED or KEY_UNAVAILABLE */
    record Mismatch(Sealed table, long id, long stationId, String problem) {
    }
}
