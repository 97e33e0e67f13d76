package cn.quzhou.stations.evaluation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RoundRepository extends JpaRepository<Round, Long> {

    Optional<Round> findByYear(int year);

    List<Round> findAllByOrderByYearDesc();
}
