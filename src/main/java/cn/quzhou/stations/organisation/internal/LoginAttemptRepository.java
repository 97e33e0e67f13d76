package cn.quzhou.stations.organisation.internal;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface LoginAttemptRepository extends JpaRepository<LoginAttempt, LoginAttempt.Key> {

    @Modifying
    @Query(value = """
            insert into login_attempt (username, client_address, failures) values (:username, :address, 0)
            on conflict do nothing""", nativeQuery = true)
    void ensureExists(String username, String address);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select a from LoginAttempt a where a.username = :username and a.clientAddress = :address")
    Optional<LoginAttempt> lock(String username, String address);

    List<LoginAttempt> findByUsername(String username);

    @Modifying
    @Query("delete from LoginAttempt a where a.username = :username")
    void deleteByUsername(String username);

    @Modifying
    @Query("delete from LoginAttempt a where a.username = :username and a.clientAddress = :address")
    void deleteByUsernameAndAddress(String username, String address);
}
