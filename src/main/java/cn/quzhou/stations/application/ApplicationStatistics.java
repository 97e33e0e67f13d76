package cn.quzhou.stations.application;

import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.PlatformUser;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Read-only statistics of applications for the reporting module: the owning module counts its own table in one SQL
 * statement, within the signed-in user's data scope, so reporting never reads another module's tables.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationStatistics {

    private final JdbcClient jdbc;

    ApplicationStatistics(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Applications by jurisdiction and status; {@code year} (of opening, Beijing time) null = every year. */
    @PreAuthorize("hasAuthority('report:read')")
    public List<ApplicationCount> countsByJurisdictionAndStatus(Integer year) {
        DataScope.Sql scope = PlatformUser.current().scope().sql("jurisdiction_id", "host_unit_id");
        List<Object> params = new ArrayList<>(scope.params());
        String yearCondition = "";
        if (year != null) {
            yearCondition = " and extract(year from created_at at time zone 'Asia/Shanghai') = ?";
            params.add(year);
        }
        return jdbc.sql("select jurisdiction_id, status, count(*) as n from application where " + scope.condition()
                        + yearCondition + " group by jurisdiction_id, status order by jurisdiction_id, status")
                .params(params)
                .query((rs, n) -> new ApplicationCount(rs.getLong("jurisdiction_id"),
                        ApplicationStatus.valueOf(rs.getString("status")), rs.getLong("n")))
                .list();
    }
}
