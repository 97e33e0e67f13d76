package cn.quzhou.stations.shared.integrity;

import cn.quzhou.stations.shared.Integrity;
import cn.quzhou.stations.shared.RecordSeals;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * {@link RecordSeals} in table record_seal. The canonical content is read back from the stored row (PostgreSQL's
 * text form of each column), so sealing and checking see exactly the same values whatever Java types wrote them.
 */
@Component
class JdbcRecordSeals implements RecordSeals {

    private final JdbcClient jdbc;
    private final Integrity integrity;

    JdbcRecordSeals(JdbcClient jdbc, Integrity integrity) {
        this.jdbc = jdbc;
        this.integrity = integrity;
    }

    @Override
    public void seal(Sealed table, long id) {
        String canonical = jdbc.sql(select(table, "t.id = ?")).param(id)
                .query((rs, n) -> canonical(table, rs)).single();
        Integrity.Seal seal = integrity.seal(canonical);
        jdbc.sql("insert into record_seal (table_name, record_id, key_id, mac) values (?, ?, ?, ?)")
                .params(table.table, id, seal.keyId(), seal.mac()).update();
    }

    @Override
    public List<Mismatch> mismatches(Sealed table) {
        List<Mismatch> found = new ArrayList<>();
        jdbc.sql(select(table, "t.id > (select last_unsealed_id from record_seal_boundary where table_name = ?)"
                        + " order by t.id"))
                .param(table.table)
                .query((ResultSet rs) -> {
                    String problem = problem(table, rs);
                    if (problem != null) {
                        found.add(new Mismatch(table, rs.getLong("id"), rs.getLong("seal_station"), problem));
                    }
                });
        return found;
    }

    private String problem(Sealed table, ResultSet rs) throws SQLException {
        String mac = rs.getString("seal_mac");
        if (mac == null) {
            return "UNSEALED";
        }
        return switch (integrity.check(rs.getString("seal_key"), canonical(table, rs), mac)) {
            case VALID -> null;
            case INVALID -> "ALTERED";
            case KEY_UNAVAILABLE -> "KEY_UNAVAILABLE";
        };
    }

    private static String select(Sealed table, String where) {
        StringBuilder columns = new StringBuilder();
        for (String c : table.columns()) {
            int eq = c.indexOf('=');
            columns.append(", ").append(eq < 0 ? "t." + c : c.substring(eq + 1)).append("::text as ").append(name(c));
        }
        return "select t.id" + columns + ", " + table.stationSql() + " as seal_station, s.key_id as seal_key, "
                + "s.mac as seal_mac from " + table.table + " t left join record_seal s on s.table_name = '"
                + table.table + "' and s.record_id = t.id where " + where;
    }

    private static String name(String column) {
        int eq = column.indexOf('=');
        return eq < 0 ? column : column.substring(0, eq);
    }

    /** The table, the id and every sealed column, length-prefixed: a row cannot pass for another row or table. */
    private static String canonical(Sealed table, ResultSet rs) throws SQLException {
        Object[] fields = new Object[table.columns().size() + 2];
        fields[0] = table.table;
        fields[1] = rs.getLong("id");
        for (int i = 0; i < table.columns().size(); i++) {
            fields[i + 2] = rs.getString(name(table.columns().get(i)));
        }
        return "seal-v1|" + Integrity.canonical(fields);
    }
}
