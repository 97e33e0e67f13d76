package cn.quzhou.stations.organisation.internal;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LoginAttemptRepository extends JpaRepository<LoginAttempt, String> {

    @Modifying
    @Query(value = "insert into login_attempt (username, failures) values (:username, 0) on conflict do nothing",
            nativeQuery = true)
    void ensureExists(String username);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LoginAttempt a where a.username = :username")
    Optional<LoginAttempt> lockByUsername(String username);
}
