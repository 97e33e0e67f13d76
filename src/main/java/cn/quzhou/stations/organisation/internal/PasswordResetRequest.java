package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.shared.BusinessRuleException;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A request to reset an administrator's password; it takes effect only when a second administrator approves it. */
@Entity
@Table(name = "password_reset_request")
public class PasswordResetRequest {

    public static final String PENDING = "PENDING";
    public static final String APPROVED = "APPROVED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long accountId;
    private long requestedBy;
    private Instant requestedAt;
    private String status = PENDING;
    private Long decidedBy;
    private Instant decidedAt;

    protected PasswordResetRequest() {
    }

    public PasswordResetRequest(long accountId, long requestedBy, Instant requestedAt) {
        this.accountId = accountId;
        this.requestedBy = requestedBy;
        this.requestedAt = requestedAt;
    }

    /** Two people: neither the requester nor the holder of the account approves. */
    public void approve(long approver, Instant now) {
        if (!PENDING.equals(status)) {
            throw new BusinessRuleException(null, "account.error.resetNotPending");
        }
        if (approver == requestedBy) {
            throw new BusinessRuleException(null, "account.error.resetOwnRequest");
        }
        if (approver == accountId) {
            throw new BusinessRuleException(null, "account.error.self");
        }
        status = APPROVED;
        decidedBy = approver;
        decidedAt = now;
    }

    public Long getId() { return id; }
    public long getAccountId() { return accountId; }
    public long getRequestedBy() { return requestedBy; }
    public Instant getRequestedAt() { return requestedAt; }
    public String getStatus() { return status; }
    public Long getDecidedBy() { return decidedBy; }
}
