package cn.quzhou.stations.organisation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PersonalAccessTokenRepository extends JpaRepository<PersonalAccessToken, Long> {

    List<PersonalAccessToken> findByAccountIdOrderByCreatedAtDescIdDesc(long accountId);

    Optional<PersonalAccessToken> findByIdAndAccountId(long id, long accountId);

    Optional<PersonalAccessToken> findByTokenHash(String tokenHash);

    @Query("select count(t) from PersonalAccessToken t where t.accountId = :accountId and t.revokedAt is null "
            + "and (t.expiresAt is null or t.expiresAt > :now)")
    long countActive(long accountId, Instant now);

    @Modifying
    @Query("update PersonalAccessToken t set t.lastUsedAt = :now where t.id = :id")
    void touch(long id, Instant now);

    /** Revokes every token of an account still valid: after a password reset nothing issued before it works. */
    @Modifying
    @Query("update PersonalAccessToken t set t.revokedAt = :now where t.accountId = :accountId and t.revokedAt is null")
    int revokeAllOf(long accountId, Instant now);
}
