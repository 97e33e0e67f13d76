package cn.quzhou.stations.organisation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PasswordResetRequestRepository extends JpaRepository<PasswordResetRequest, Long> {

    Optional<PasswordResetRequest> findByAccountIdAndStatus(long accountId, String status);

    List<PasswordResetRequest> findByStatusOrderByRequestedAtAscIdAsc(String status);
}
