package cn.quzhou.stations.station.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface StationRepository extends JpaRepository<Station, Long>, JpaSpecificationExecutor<Station> {

    boolean existsByApplicationId(long applicationId);

    /** Every station's keys in one statement (no expert teams loaded): the history import's lookups. */
    @Query("select new cn.quzhou.stations.station.internal.StationRepository$Key(s.id, s.name, s.level, s.recognisedOn,"
            + " s.status, s.societyId) from Station s")
    java.util.List<Key> keys();

    record Key(Long id, String name, cn.quzhou.stations.organisation.SocietyLevel level, java.time.LocalDate recognisedOn,
               cn.quzhou.stations.station.StationStatus status, Long societyId) {
    }
}
