package cn.quzhou.stations.organisation.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HostUnitRepository extends JpaRepository<HostUnit, Long>, JpaSpecificationExecutor<HostUnit> {

    Optional<HostUnit> findByCreditCode(String creditCode);
}
