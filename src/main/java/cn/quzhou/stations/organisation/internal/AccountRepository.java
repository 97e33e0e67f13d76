package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.Role;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface AccountRepository extends JpaRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    Optional<Account> findByOidcIssuerAndOidcSubject(String issuer, String subject);

    boolean existsByUsername(String username);

    @Query("select a.username from Account a where a.username in :usernames")
    Set<String> takenOf(java.util.Collection<String> usernames);


    @Query("select count(a) > 0 from Account a join a.roles r where r = :role")
    boolean existsWithRole(Role role);

    @Query(value = "select permission_code from role_permission where role_code in (:roles)", nativeQuery = true)
    Set<String> permissionsOf(Set<String> roles);

    @Query("select a from Account a join a.roles r where r = :role and a.enabled = true order by a.id")
    List<Account> findEnabledWithRole(Role role);

    @Query("select a from Account a where a.id in :ids and a.enabled = true order by a.id")
    List<Account> findEnabledByIds(java.util.Collection<Long> ids);
}
