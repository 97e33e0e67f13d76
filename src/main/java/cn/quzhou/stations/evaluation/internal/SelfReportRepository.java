package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.evaluation.SelfReportStatus;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface SelfReportRepository extends JpaRepository<SelfReport, Long>, JpaSpecificationExecutor<SelfReport> {

    List<SelfReport> findByYearOrderByStationNameAscIdAsc(int year);

    List<SelfReport> findByYearAndStatus(int year, SelfReportStatus status);

    Optional<SelfReport> findByYearAndStationId(int year, long stationId);

    @Query("select count(r) from SelfReport r where r.stationId = ?1 and r.year < ?2")
    long countEarlier(long stationId, int year);

    @Query("select distinct r.stationId from SelfReport r where r.stationId in ?1 and r.year > ?2")
    List<Long> stationsWithLaterYear(java.util.Collection<Long> stationIds, int year);
}
