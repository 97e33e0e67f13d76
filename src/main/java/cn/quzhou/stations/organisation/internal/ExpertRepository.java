package cn.quzhou.stations.organisation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ExpertRepository extends JpaRepository<Expert, Long> {

    List<Expert> findAllByOrderByNameAsc();
}
