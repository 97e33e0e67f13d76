package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.evaluation.EvaluationResultPublished;
import cn.quzhou.stations.organisation.HostUnitRenamed;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.SocietyRenamed;
import cn.quzhou.stations.results.internal.AfterPublication;
import cn.quzhou.stations.station.StationView;
import cn.quzhou.stations.station.Stations;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code evaluation_result_list} (the result in force of each year and station, with names) in step with the
 * append-only {@code evaluation_result}, in the publishing transaction; and the names copied beside this module's
 * list rows (results, rectifications, revocation proposals) current when a unit or a society is renamed.
 */
@Component
class ResultListUpkeep {

    private final JdbcClient jdbc;
    private final Stations stations;
    private final HostUnits units;

    ResultListUpkeep(JdbcClient jdbc, Stations stations, HostUnits units) {
        this.jdbc = jdbc;
        this.stations = stations;
        this.units = units;
    }

    /**
     * A publication or correction becomes the row in force unless a later version is already there (a retried
     * delivery of an older event changes nothing). Called by {@link AfterPublication} before what follows a result
     * (a rectification copies its names from here).
     */
    void follow(EvaluationResultPublished e) {
        follow(e, stations.byIds(Set.of(e.stationId())).get(e.stationId()));
    }

    void follow(EvaluationResultPublished e, StationView station) {
        String unitName = station.hostUnitId() == e.hostUnitId() ? station.hostUnitName()
                : units.namesOf(Set.of(e.hostUnitId())).get(e.hostUnitId());
        jdbc.sql("""
                insert into evaluation_result_list (year, station_id, id, version, station_year, host_unit_id,
                       jurisdiction_id, level, submitted, total, grade, reason_key, reason_args, policy_effective_from,
                       document_number, published_on, correction_reason, recorded_by, approved_by, recorded_at,
                       society_id, station_name, host_unit_name, society_name)
                select r.year, r.station_id, r.id, r.version, r.station_year, r.host_unit_id, r.jurisdiction_id,
                       r.level, r.submitted, r.total, r.grade, r.reason_key, r.reason_args, r.policy_effective_from,
                       r.document_number, r.published_on, r.correction_reason, r.recorded_by, r.approved_by,
                       r.recorded_at, ?, ?, ?, ?
                  from evaluation_result r where r.id = ?
                on conflict (year, station_id) do update set id = excluded.id, version = excluded.version,
                       station_year = excluded.station_year, host_unit_id = excluded.host_unit_id,
                       jurisdiction_id = excluded.jurisdiction_id, level = excluded.level,
                       submitted = excluded.submitted, total = excluded.total, grade = excluded.grade,
                       reason_key = excluded.reason_key, reason_args = excluded.reason_args,
                       policy_effective_from = excluded.policy_effective_from,
                       document_number = excluded.document_number, published_on = excluded.published_on,
                       correction_reason = excluded.correction_reason, recorded_by = excluded.recorded_by,
                       approved_by = excluded.approved_by, recorded_at = excluded.recorded_at,
                       society_id = excluded.society_id, station_name = excluded.station_name,
                       host_unit_name = excluded.host_unit_name, society_name = excluded.society_name
                 where evaluation_result_list.version < excluded.version""")
                .params(station.societyId(), station.name(), unitName, station.societyName(), e.resultId()).update();
    }

    @EventListener
    void on(HostUnitRenamed e) {
        for (String table : new String[] {"evaluation_result_list", "rectification", "revocation_proposal"}) {
            jdbc.sql("update " + table + " set host_unit_name = ? where host_unit_id = ?")
                    .params(e.name(), e.hostUnitId()).update();
        }
    }

    @EventListener
    void on(SocietyRenamed e) {
        jdbc.sql("update evaluation_result_list set society_name = ? where society_id = ?")
                .params(e.name(), e.societyId()).update();
    }
}
