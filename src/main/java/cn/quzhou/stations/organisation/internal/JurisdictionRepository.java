package cn.quzhou.stations.organisation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JurisdictionRepository extends JpaRepository<Jurisdiction, Long> {

    List<Jurisdiction> findAllByOrderBySortOrderAscIdAsc();

    boolean existsByCodeOrName(String code, String name);
}
