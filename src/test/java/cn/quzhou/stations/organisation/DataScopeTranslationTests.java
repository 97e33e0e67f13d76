package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.station.StationFixtures;
import cn.quzhou.stations.station.internal.Station;
import cn.quzhou.stations.station.internal.StationRepository;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A data scope's SQL condition selects exactly the rows its JPA specification and its covers() select. */
class DataScopeTranslationTests extends PlatformTest {

    @Autowired
    StationRepository stations;

    @Autowired
    StationFixtures stationFixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theSqlConditionOfEveryScopeSelectsWhatItsSpecificationSelects() {
        stationFixtures.recognisedCityDirect("数据范围市直服务站" + System.nanoTime());
        List<Station> all = stations.findAll();
        Station some = all.get(0);
        for (DataScope scope : List.of(new DataScope.All(), new DataScope.OfJurisdiction(some.getJurisdictionId()),
                new DataScope.OfUnit(some.getHostUnitId()), new DataScope.Nothing(),
                world.user(Role.COUNTY_CAST).scope(), world.user(Role.APPLICANT).scope(),
                world.user(Role.EXPERT).scope(), world.user(Role.SOCIETY_CONTACT).scope())) {
            DataScope.Sql sql = scope.sql("s.jurisdiction_id", "s.host_unit_id");
            Set<Long> bySql = Set.copyOf(jdbc.sql("select s.id from station s where " + sql.condition())
                    .params(sql.params()).query(Long.class).list());
            Set<Long> bySpecification = stations.findAll(scope.<Station>specification("jurisdictionId", "hostUnitId"))
                    .stream().map(Station::getId).collect(Collectors.toSet());
            Set<Long> byCovers = all.stream().filter(s -> scope.covers(s.getJurisdictionId(), s.getHostUnitId()))
                    .map(Station::getId).collect(Collectors.toSet());
            assertThat(bySql).as(scope.toString()).isEqualTo(bySpecification).isEqualTo(byCovers);
        }
        assertThat(new DataScope.Nothing().sql("j", "u").condition()).isEqualTo("false");
    }
}
