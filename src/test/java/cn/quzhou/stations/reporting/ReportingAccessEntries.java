package cn.quzhou.stations.reporting;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.World;
import java.util.EnumSet;
import java.util.Map;
import org.springframework.context.ApplicationContext;

/**
 * The statistics are for the city and county offices; a county office's scope is applied to the figures themselves
 * (StatisticsTests), there is no foreign record to refuse.
 */
class ReportingAccessEntries implements AccessMatrix.Contribution {

    @Override
    public void contribute(Map<String, AccessMatrix.Entry> m, ApplicationContext context, World w) {
        var offices = EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT, Role.COUNTY_CAST, Role.COUNTY_TALENT);
        m.put("GET /reports/statistics", AccessMatrix.Entry.page(offices, () -> get("/reports/statistics")));
        m.put("GET /reports/statistics.xlsx", AccessMatrix.Entry.page(offices,
                () -> get("/reports/statistics.xlsx").param("year", "2175")));
        m.put("GET /api/reports/statistics", AccessMatrix.Entry.api(offices, () -> get("/api/reports/statistics")));
        // the policy data page: the offices and the system administrator
        var policyReaders = EnumSet.of(Role.CITY_CAST, Role.CITY_TALENT, Role.COUNTY_CAST, Role.COUNTY_TALENT,
                Role.SYSTEM_ADMIN);
        m.put("GET /reports/policy-data", AccessMatrix.Entry.page(policyReaders, () -> get("/reports/policy-data")));
    }
}
