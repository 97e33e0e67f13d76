package cn.quzhou.stations.organisation.internal;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface HostUnitRepository extends JpaRepository<HostUnit, Long>, JpaSpecificationExecutor<HostUnit> {

    Optional<HostUnit> findByCreditCode(String creditCode);

    /** Id and name only: one statement, without the eagerly fetched business fields of each unit. */
    @org.springframework.data.jpa.repository.Query("select u.id, u.name from HostUnit u where u.id in :ids")
    java.util.List<Object[]> namesOf(java.util.Collection<Long> ids);

    /** Credit code and id of the registered units among {@code codes}: one statement for a whole import file. */
    @org.springframework.data.jpa.repository.Query("select u.creditCode, u.id from HostUnit u where u.creditCode in :codes")
    java.util.List<Object[]> idsByCreditCode(java.util.Collection<String> codes);
}
