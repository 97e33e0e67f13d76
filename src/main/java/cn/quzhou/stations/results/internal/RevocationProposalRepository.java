package cn.quzhou.stations.results.internal;

import cn.quzhou.stations.results.internal.RevocationProposal;
import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface RevocationProposalRepository extends JpaRepository<RevocationProposal, Long> {

    /** The proposal, locked until the end of the transaction: of two decisions the second sees the first. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from RevocationProposal p where p.id = ?1")
    Optional<RevocationProposal> lockById(long id);
}
