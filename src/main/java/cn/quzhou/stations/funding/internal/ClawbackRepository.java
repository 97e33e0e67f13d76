package cn.quzhou.stations.funding.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ClawbackRepository extends JpaRepository<Clawback, Long> {

    /** The clawback, locked until the end of the transaction: repayments of it queue up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Clawback c where c.id = ?1")
    Optional<Clawback> lockById(long id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Clawback c where c.stationId = ?1")
    Optional<Clawback> lockByStationId(long stationId);
}
