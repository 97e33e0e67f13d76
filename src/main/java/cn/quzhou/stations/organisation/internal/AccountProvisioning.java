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
    private final DutySeparationPolicy duties;
    private final java.time.Clock clock;

    AccountProvisioning(AccountRepository accounts, JurisdictionRepository jurisdictions, PasswordEncoder encoder,
                        DutySeparationPolicy duties, java.time.Clock clock) {
        this.accounts = accounts;
        this.jurisdictions = jurisdictions;
        this.encoder = encoder;
        this.duties = duties;
        this.clock = clock;
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
            account.setPassword(encode(rawPassword, account.getUsername(), "password"), mustChange, clock.instant());
        }
        return accounts.save(account);
    }

    /** The hash of a password the policy accepts for {@code username}; a refusal names {@code field}. */
    public String encode(String rawPassword, String username, String field) {
        PasswordPolicy.problem(rawPassword, username).ifPresent(key -> {
            throw new BusinessRuleException(field, key);
        });
        return encoder.encode(rawPassword);
    }

    /** Sets a password the policy accepts; the time is kept for the administrators' password expiry. */
    public void setPassword(Account account, String rawPassword, boolean mustChange, String field) {
        account.setPassword(encode(rawPassword, account.getUsername(), field), mustChange, clock.instant());
    }

    /**
     * Sets a generated one-time secret: it is random and never chosen by a person, so the policy's
     * guessability rules do not apply; the holder must change it at the next sign-in.
     */
    public void setTemporarySecret(Account account, String secret) {
        account.setPassword(encoder.encode(secret), true, clock.instant());
    }

    @Transactional
    public void grant(Account account, Role role) {
        boolean countyOffices = account.getJurisdictionId() != null
                && jurisdictions.findById(account.getJurisdictionId()).map(Jurisdiction::hasCountyOffices).orElse(false);
        account.requireCompatible(role, duties::conflict);
        account.grant(role, countyOffices);
        accounts.saveAndFlush(account);
    }
}
