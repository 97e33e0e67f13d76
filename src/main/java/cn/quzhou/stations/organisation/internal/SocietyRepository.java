package cn.quzhou.stations.organisation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SocietyRepository extends JpaRepository<Society, Long> {

    List<Society> findAllByOrderByLevelAscNameAsc();

    Optional<Society> findByName(String name);
}
