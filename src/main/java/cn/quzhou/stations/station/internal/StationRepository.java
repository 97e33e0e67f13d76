package cn.quzhou.stations.station.internal;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface StationRepository extends JpaRepository<Station, Long>, JpaSpecificationExecutor<Station> {

    boolean existsByApplicationId(long applicationId);
}
