package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.results.CorrectionView;
import cn.quzhou.stations.results.OpenWaiting;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The table result_correction: proposing and reading; a decision is the {@link ResultCorrection} aggregate's. */
@Component
public class CorrectionStore {

    private final JdbcClient jdbc;

    CorrectionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long insert(int year, long stationId, int baseVersion, Grade grade, BigDecimal total, String reason,
            String by, long byAccount, Instant at) {
        return jdbc.sql("""
                insert into result_correction (year, station_id, base_version, grade, total, reason, status,
                                               proposed_by, proposed_by_account, proposed_at)
                values (?, ?, ?, ?, ?, ?, 'PROPOSED', ?, ?, ?) returning id""")
                .params(year, stationId, baseVersion, grade.name(), total, reason, by, byAccount, Timestamp.from(at))
                .query(Long.class).single();
    }

    public Optional<CorrectionView> find(long id, String stationName) {
        return jdbc.sql("select * from result_correction where id = ?").param(id)
                .query((rs, n) -> view(rs, stationName)).optional();
    }

    public Optional<Long> proposerAccount(long id) {
        return jdbc.sql("select proposed_by_account from result_correction where id = ?").param(id).query(Long.class)
                .optional();
    }

    public Optional<Long> stationOf(long id) {
        return jdbc.sql("select station_id from result_correction where id = ?").param(id).query(Long.class).optional();
    }

    public List<CorrectionView> ofStation(long stationId, String stationName) {
        return jdbc.sql("select * from result_correction where station_id = ? order by year desc, id desc")
                .param(stationId).query((rs, n) -> view(rs, stationName)).list();
    }

    /** Open proposals, with station names from {@code names}. */
    public List<CorrectionView> open(Map<Long, String> names) {
        return jdbc.sql("select * from result_correction where status = 'PROPOSED' order by proposed_at, id")
                .query((rs, n) -> view(rs, names.get(rs.getLong("station_id")))).list();
    }

    public List<Long> openStations() {
        return jdbc.sql("select station_id from result_correction where status = 'PROPOSED'").query(Long.class).list();
    }

    /** The open proposals another account than {@code username} made: how many, and the Beijing day of the oldest. */
    public OpenWaiting openNotProposedBy(String username) {
        return jdbc.sql("""
                select count(*), min((proposed_at at time zone 'Asia/Shanghai')::date) from result_correction
                 where status = 'PROPOSED' and proposed_by <> ?""")
                .param(username).query((rs, n) -> new OpenWaiting(rs.getLong(1), rs.getObject(2, LocalDate.class)))
                .single();
    }

    private static CorrectionView view(ResultSet rs, String stationName) throws SQLException {
        Timestamp decided = rs.getTimestamp("decided_at");
        return new CorrectionView(rs.getLong("id"), rs.getInt("year"), rs.getLong("station_id"), stationName,
                rs.getInt("base_version"), Grade.valueOf(rs.getString("grade")), rs.getBigDecimal("total"),
                rs.getString("reason"), CorrectionView.CorrectionStatus.valueOf(rs.getString("status")),
                rs.getString("proposed_by"), rs.getTimestamp("proposed_at").toInstant(), rs.getString("decided_by"),
                decided == null ? null : decided.toInstant(), rs.getString("decision_note"),
                (Long) rs.getObject("result_id"));
    }
}
