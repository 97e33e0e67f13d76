package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.ResetRequestView;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PasswordResetRequestRepository extends JpaRepository<PasswordResetRequest, Long> {

    Optional<PasswordResetRequest> findByAccountIdAndStatus(long accountId, String status);

    /**
     * The pending requests with both names, in one statement. At most one is pending per administrator account
     * ({@code Accounts.resetPassword} reuses it), so the list is as short as the list of administrators.
     */
    @Query("""
            select new cn.quzhou.stations.organisation.ResetRequestView(r.id, r.accountId, a.username, q.username,
                   r.requestedAt)
            from PasswordResetRequest r, Account a, Account q
            where a.id = r.accountId and q.id = r.requestedBy and r.status = 'PENDING'
            order by r.requestedAt, r.id""")
    List<ResetRequestView> pendingWithNames();
}
