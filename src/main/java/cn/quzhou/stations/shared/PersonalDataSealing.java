package cn.quzhou.stations.shared;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seals a table's personal data columns that still hold clear values (rows written before sealing began) or values
 * sealed under a key that is no longer current (after a rotation). A Flyway migration cannot do it: the key is
 * deliberately kept out of the database and its scripts, so each module runs this at start-up for its own tables.
 * Each value is replaced only if it is still the one read, so a save made meanwhile is never overwritten; running it
 * again (or on two instances at once) does no harm.
 */
public final class PersonalDataSealing {

    private PersonalDataSealing() {
    }

    /** Returns how many values were replaced. {@code table} and {@code columns} are constants, never user input. */
    public static int seal(JdbcClient jdbc, PersonalDataCipher cipher, String table, List<String> columns) {
        int sealed = 0;
        String current = cipher.seal("x");
        String prefix = current.substring(0, current.lastIndexOf(':') + 1).replace("_", "\\_").replace("%", "\\%") + "%";
        if (!anyToSeal(jdbc, table, columns, prefix)) {
            return 0;
        }
        for (String column : columns) {
            List<Map<String, Object>> rows = jdbc.sql("select id, " + column + " as v from " + table + " where "
                    + column + " <> '' and " + column + " not like ?").param(prefix).query().listOfRows();
            for (Map<String, Object> row : rows) {
                String stored = (String) row.get("v");
                if (cipher.needsSealing(stored)) {
                    sealed += jdbc.sql("update " + table + " set " + column + " = ? where id = ? and " + column + " = ?")
                            .params(cipher.seal(cipher.open(stored)), row.get("id"), stored).update();
                }
            }
        }
        return sealed;
    }

    /**
     * Whether any value of the table is in clear or under another key: one scan of the table at every start, that
     * stops at the first such value (instead of one scan per column), so a sealed database starts without the work.
     */
    private static boolean anyToSeal(JdbcClient jdbc, String table, List<String> columns, String prefix) {
        String where = columns.stream().map(c -> "(" + c + " <> '' and " + c + " not like :prefix)")
                .collect(Collectors.joining(" or "));
        return Boolean.TRUE.equals(jdbc.sql("select exists (select 1 from " + table + " where " + where + ")")
                .param("prefix", prefix).query(Boolean.class).single());
    }
}
