package cn.quzhou.stations.importing.internal;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** A batch's file and problems: plain SQL, since both are written once and read in pages. */
@Component
public class ImportStore {

    private final JdbcTemplate jdbc;

    ImportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void saveFile(long batchId, byte[] content) {
        jdbc.update("insert into import_file (batch_id, content) values (?, ?)", batchId, content);
    }

    byte[] file(long batchId) {
        return jdbc.queryForObject("select content from import_file where batch_id = ?", byte[].class, batchId);
    }

    /** The file is kept only until the batch is committed or replaced; the audit keeps its SHA-256. */
    void dropFile(long batchId) {
        jdbc.update("delete from import_file where batch_id = ?", batchId);
    }

    void saveProblems(long batchId, List<Problem> problems) {
        jdbc.update("delete from import_problem where batch_id = ?", batchId);
        jdbc.batchUpdate("insert into import_problem (batch_id, seq, row_no, column_no, column_header, message_key,"
                        + " message_args) values (?, ?, ?, ?, ?, ?, ?)",
                java.util.stream.IntStream.range(0, problems.size()).boxed().toList(), 1000, (ps, i) -> {
                    Problem p = problems.get(i);
                    ps.setLong(1, batchId);
                    ps.setInt(2, i);
                    ps.setInt(3, p.row());
                    ps.setInt(4, p.column());
                    ps.setString(5, p.header());
                    ps.setString(6, p.messageKey());
                    ps.setArray(7, ps.getConnection().createArrayOf("text", p.args().toArray()));
                });
    }

    List<Problem> problems(long batchId, int offset, int limit) {
        return jdbc.query("select row_no, column_no, column_header, message_key, message_args from import_problem"
                        + " where batch_id = ? order by seq offset ? limit ?",
                (rs, n) -> new Problem(rs.getInt(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        List.of((String[]) rs.getArray(5).getArray())), batchId, offset, limit);
    }
}
