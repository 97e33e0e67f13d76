package cn.quzhou.stations.funding.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface GrantInstalmentRepository extends JpaRepository<GrantInstalment, Long> {

    /** The instalment, locked until the end of the transaction: payments and approvals of it queue up here. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select i from GrantInstalment i where i.id = ?1")
    Optional<GrantInstalment> lockById(long id);

    /**
     * Applies {@code move} to the locked instalment and writes it at once (the stores' reads in the same transaction
     * see it).
     */
    default void move(long id, Consumer<GrantInstalment> move) {
        GrantInstalment instalment = lockById(id).orElseThrow();
        move.accept(instalment);
        saveAndFlush(instalment);
    }
}
