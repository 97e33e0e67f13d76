package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.PasswordPolicy;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating accounts and granting roles with every rule checked but no permission check: the
 * facades check permissions first; the bootstrap of the first administrators, the demo data and
 * the legal-person login call this directly.
 */
@Component
public class AccountProvisioning {

    private final AccountRepository accounts;
    private final JurisdictionRepository jurisdictions;
    private final PasswordEncoder encoder;

    AccountProvisioning(AccountRepository accounts, JurisdictionRepository jurisdictions, PasswordEncoder encoder) {
        this.accounts = accounts;
        this.jurisdictions = jurisdictions;
        this.encoder = encoder;
    }

    @Transactional
    public Account create(String username, String displayName, String rawPassword, boolean mustChange,
                          Long hostUnitId, Long jurisdictionId, Long expertId, Long societyId) {
        if (accounts.existsByUsername(Account.normalise(username))) {
            throw new BusinessRuleException("username", "account.error.duplicateUsername");
        }
        Account account = new Account(username, displayName);
        account.bind(hostUnitId, jurisdictionId, expertId, societyId);
        if (rawPassword != null) {
            account.setPassword(encode(rawPassword), mustChange);
        }
        return accounts.save(account);
    }

    public String encode(String rawPassword) {
        if (!PasswordPolicy.isAcceptable(rawPassword)) {
            throw new BusinessRuleException("password", "validation.password");
        }
        return encoder.encode(rawPassword);
    }

    @Transactional
    public void grant(Account account, Role role) {
        boolean countyOffices = account.getJurisdictionId() != null
                && jurisdictions.findById(account.getJurisdictionId()).map(Jurisdiction::hasCountyOffices).orElse(false);
        account.grant(role, countyOffices);
        accounts.saveAndFlush(account);
    }
}
