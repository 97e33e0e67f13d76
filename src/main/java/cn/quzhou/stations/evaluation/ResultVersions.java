package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.internal.SelfReport;
import cn.quzhou.stations.evaluation.scoring.Outcome;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The published results, {@code evaluation_result} (V16, append-only, sealed): every version of a station's year, or
 * the latest — the one in force. This module writes version 1 at publication ({@link #publish}); module
 * {@code results} appends corrections and results issued on paper before the platform through this class, and reads
 * them here. No principal is required: the callers are facades that check their own permission and data scope, and
 * listeners with nobody signed in; controllers never call it (ArchitectureRulesTests).
 */
@Component
public class ResultVersions {

    private static final String IN_FORCE = """
            select distinct on (r.year, r.station_id) r.* from evaluation_result r
             where %s order by r.year, r.station_id, r.version desc""";

    private final JdbcClient jdbc;

    private final cn.quzhou.stations.shared.RecordSeals seals;

    ResultVersions(JdbcClient jdbc, cn.quzhou.stations.shared.RecordSeals seals) {
        this.jdbc = jdbc;
        this.seals = seals;
    }

    /** Writes version 1 of a station's year at publication (the route's, {@link EvaluationRounds}). */
    long publish(SelfReport r, Outcome o, LocalDate policy, String number, LocalDate on, String by, Instant at) {
        String args = o.args().isEmpty() ? null
                : o.args().stream().map(a -> a instanceof BigDecimal d ? d.toPlainString() : String.valueOf(a))
                        .collect(Collectors.joining("|"));
        return sealed(jdbc.sql("""
                insert into evaluation_result (year, station_id, version, station_year, host_unit_id, jurisdiction_id,
                    level, submitted, total, grade, reason_key, reason_args, policy_effective_from, document_number,
                    published_on, recorded_by, recorded_at)
                values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(r.getYear(), r.getStationId(), r.getStationYear(), r.getHostUnitId(), r.getJurisdictionId(),
                        r.getLevel().name(), o.total() != null, o.total(), o.grade().name(), o.reasonKey(), args,
                        java.sql.Date.valueOf(policy), number, java.sql.Date.valueOf(on), by,
                        java.sql.Timestamp.from(at))
                .query(Long.class).single());
    }

    /**
     * Writes version 1 of a result published on paper before the platform (D8): its grade, total, document number and
     * date as issued, the row it came from; sealed like a published one.
     */
    public long imported(ImportedResult c, StationView station, int stationYear, LocalDate policy,
                         cn.quzhou.stations.shared.ImportOrigin origin) {
        return sealed(jdbc.sql("""
                insert into evaluation_result (year, station_id, version, station_year, host_unit_id, jurisdiction_id,
                    level, submitted, total, grade, reason_key, policy_effective_from, document_number, published_on,
                    recorded_by, recorded_at, import_sha256, import_row)
                values (?, ?, 1, ?, ?, ?, ?, ?, ?, ?, 'results.reason.imported', ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(c.year(), station.id(), stationYear, station.hostUnitId(), station.jurisdictionId(),
                        station.level().name(), c.total() != null, c.total(), c.grade().name(),
                        java.sql.Date.valueOf(policy), c.documentNumber(), java.sql.Date.valueOf(c.publishedOn()),
                        origin.importedBy(), java.sql.Timestamp.from(origin.importedAt()), origin.sha256(), origin.row())
                .query(Long.class).single());
    }

    /** The years of a station's results, each with its station year (the history import numbers on from them). */
    public java.util.Map<Long, java.util.SortedMap<Integer, Integer>> stationYears() {
        java.util.Map<Long, java.util.SortedMap<Integer, Integer>> all = new java.util.HashMap<>();
        jdbc.sql("select distinct station_id, year, station_year from evaluation_result").query(rs -> {
            all.computeIfAbsent(rs.getLong(1), k -> new java.util.TreeMap<>()).put(rs.getInt(2), rs.getInt(3));
        });
        return all;
    }

    /** The highest station year among a station's results before {@code year} (0 when none). */
    public int highestStationYearBefore(long stationId, int year) {
        return jdbc.sql("select coalesce(max(station_year), 0) from evaluation_result where station_id = ? and year < ?")
                .params(stationId, year).query(Integer.class).single();
    }

    /** The result in force of a station's year as the route's pages show it. */
    public Optional<PublishedResult> inForce(int year, long stationId, String stationName) {
        return inForce(year, stationId).map(r -> published(r, stationName));
    }

    /** A version as the route's pages show it. */
    public static PublishedResult published(ResultVersion r, String stationName) {
        return new PublishedResult(r.year(), r.stationId(), stationName, r.version(), r.grade(), r.total(),
                r.reasonKey(), List.<Object>copyOf(r.reasonArgs()), r.documentNumber(), r.publishedOn());
    }

    /** The results in force of {@code year} within {@code scope}. */
    public List<ResultVersion> inForce(int year, DataScope within) {
        DataScope.Sql scope = within.on("r");
        List<Object> params = new ArrayList<>(List.of(year));
        params.addAll(scope.params());
        return jdbc.sql(IN_FORCE.formatted("r.year = ? and " + scope.condition())).params(params)
                .query(ResultVersions::row).list();
    }

    /** Every result in force of {@code year}, whoever may see it: the year's 参评基数 and the results document. */
    public List<ResultVersion> inForceOfYear(int year) {
        return jdbc.sql(IN_FORCE.formatted("r.year = ?")).param(year).query(ResultVersions::row).list();
    }

    /** The result in force of one station's year, whoever may see it (the caller applies the scope). */
    public Optional<ResultVersion> inForce(int year, long stationId) {
        return jdbc.sql(IN_FORCE.formatted("r.year = ? and r.station_id = ?")).params(year, stationId)
                .query(ResultVersions::row).optional();
    }

    /** Every version of one station's results, by year and version. */
    public List<ResultVersion> history(long stationId) {
        return jdbc.sql("select * from evaluation_result r where station_id = ? order by year desc, version")
                .param(stationId).query(ResultVersions::row).list();
    }

    /** Every version of a year's results, for the results document. */
    public List<ResultVersion> allOf(int year) {
        return jdbc.sql("select * from evaluation_result r where year = ? order by station_id, version")
                .param(year).query(ResultVersions::row).list();
    }

    public Optional<ResultVersion> byId(long id) {
        return jdbc.sql("select * from evaluation_result r where id = ?").param(id).query(ResultVersions::row).optional();
    }

    /**
     * Appends version {@code base.version() + 1}: what the correction changes, the rest as in {@code base}, the
     * correction's publication date {@code on}. Whether the station submitted is the base's: a correction cannot
     * turn a non-submitter into a participant (Art. 13). A concurrent second version fails on the unique (year, station,
     * version) key.
     */
    public long appendCorrection(ResultVersion base, Grade grade, BigDecimal total, String reason, String recordedBy,
            String approvedBy, LocalDate on, Instant at) {
        return sealed(jdbc.sql("""
                insert into evaluation_result (year, station_id, version, station_year, host_unit_id, jurisdiction_id,
                       level, submitted, total, grade, reason_key, reason_args, policy_effective_from, document_number,
                       published_on, correction_reason, recorded_by, approved_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'results.reason.corrected', null, ?, ?, ?, ?, ?, ?, ?)
                returning id""")
                .params(base.year(), base.stationId(), base.version() + 1, base.stationYear(), base.hostUnitId(),
                        base.jurisdictionId(), base.level().name(), base.submitted(), total, grade.name(),
                        java.sql.Date.valueOf(base.policyEffectiveFrom()), base.documentNumber(),
                        java.sql.Date.valueOf(on), reason, recordedBy, approvedBy, java.sql.Timestamp.from(at))
                .query(Long.class).single());
    }

    /** Every published version carries a MAC of its content from the moment it is written (issue #11). */
    private long sealed(long id) {
        seals.seal(cn.quzhou.stations.shared.RecordSeals.Sealed.EVALUATION_RESULT, id);
        return id;
    }

    /** A year's publication: the document number and date of version 1 (the earliest publication). */
    public Optional<YearPublication> publication(int year) {
        return jdbc.sql("""
                select document_number, published_on from evaluation_result where year = ? and version = 1
                 order by published_on, id limit 1""").param(year)
                .query((rs, n) -> new YearPublication(rs.getString("document_number"),
                        rs.getDate("published_on").toLocalDate())).optional();
    }

    /** Maps a row of {@code evaluation_result}, or of a read model that carries its columns under the same names. */
    public static ResultVersion row(ResultSet rs, int n) throws SQLException {
        String args = rs.getString("reason_args");
        return new ResultVersion(rs.getLong("id"), rs.getInt("year"), rs.getLong("station_id"), rs.getInt("version"),
                rs.getInt("station_year"), rs.getLong("host_unit_id"), rs.getLong("jurisdiction_id"),
                SocietyLevel.valueOf(rs.getString("level")), rs.getBoolean("submitted"), rs.getBigDecimal("total"),
                Grade.valueOf(rs.getString("grade")), rs.getString("reason_key"),
                args == null || args.isEmpty() ? List.of() : Arrays.asList(args.split("\\|", -1)),
                rs.getDate("policy_effective_from").toLocalDate(), rs.getString("document_number"),
                rs.getDate("published_on").toLocalDate(), rs.getString("correction_reason"),
                rs.getString("recorded_by"), rs.getString("approved_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
