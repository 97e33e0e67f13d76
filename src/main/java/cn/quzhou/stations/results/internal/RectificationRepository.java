package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.results.internal.Rectification;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RectificationRepository extends JpaRepository<Rectification, Long> {

    /** The task, locked until the end of the transaction: two decisions on it queue, the second sees the first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from Rectification r where r.id = ?1")
    Optional<Rectification> lockById(long id);
}
