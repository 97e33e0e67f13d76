package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.results.internal.ResultCorrection;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ResultCorrectionRepository extends JpaRepository<ResultCorrection, Long> {

    /** The proposal, locked until the end of the transaction: of two decisions the second sees the first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from ResultCorrection c where c.id = ?1")
    Optional<ResultCorrection> lockById(long id);
}
