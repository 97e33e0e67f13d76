package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.application.ApplicationStatus;
import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ApplicationRepository extends JpaRepository<Application, Long>, JpaSpecificationExecutor<Application> {

    List<Application> findBySocietyIdAndIdNot(Long societyId, Long id);

    long countByStatusIn(Collection<ApplicationStatus> statuses);

    boolean existsByStationName(String stationName);
}
