package cn.quzhou.stations.application.panel.internal;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SheetPolicyRepository extends JpaRepository<SheetPolicy, Long> {

    /** The version in force on {@code day}: the latest that took effect on or before it. */
    Optional<SheetPolicy> findFirstByEffectiveFromLessThanEqualOrderByEffectiveFromDesc(LocalDate day);
}
