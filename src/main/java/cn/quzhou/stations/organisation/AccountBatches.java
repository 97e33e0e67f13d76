package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.RowOutcome;
import java.util.LinkedHashSet;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * 批量启用/停用 on the account list (issue #14 item 8): row by row through {@link Accounts#setEnabled}, each in its own
 * transaction with its own audit line and session ending; one refused row (one's own account) leaves the others done.
 */
@Service
public class AccountBatches {

    public static final int MAX = 100;

    private final Accounts accounts;

    AccountBatches(Accounts accounts) {
        this.accounts = accounts;
    }

    @PreAuthorize("hasAuthority('account:manage')")
    public List<RowOutcome> setEnabled(List<Long> ids, boolean enabled) {
        if (ids == null || ids.isEmpty()) {
            throw new BusinessRuleException("ids", "accounts.batch.none");
        }
        if (ids.size() > MAX) {
            throw new BusinessRuleException("ids", "accounts.batch.tooMany", MAX);
        }
        return new LinkedHashSet<>(ids).stream().map(id -> one(id, enabled)).toList();
    }

    private RowOutcome one(long id, boolean enabled) {
        String label = "#" + id;
        try {
            label = accounts.get(id).username();
            accounts.setEnabled(id, enabled);
            return RowOutcome.done(label, enabled ? "accounts.batch.enabled" : "accounts.batch.disabled");
        } catch (NotFoundException e) {
            return new RowOutcome(label, false, "accounts.batch.notFound", List.of());
        } catch (BusinessRuleException e) {
            return RowOutcome.refused(label, e);
        }
    }
}
