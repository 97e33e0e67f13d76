package cn.quzhou.stations.organisation;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.organisation.internal.AccountRepository;
import cn.quzhou.stations.organisation.internal.SecondFactorService;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The second factor (TOTP) of signed-in users: their own enrolment, and its reset by the security
 * administrator when a phone is lost. The sign-in step itself is not here: before the code is given
 * nobody is signed in ({@code internal.SecondFactorSignIn}).
 */
@Service
public class SecondFactors {

    private final SecondFactorService factors;
    private final AccountRepository accounts;
    private final AuditLog audit;

    private final cn.quzhou.stations.organisation.internal.OnlineSessionStore sessions;

    SecondFactors(SecondFactorService factors, AccountRepository accounts, AuditLog audit,
                  cn.quzhou.stations.organisation.internal.OnlineSessionStore sessions) {
        this.sessions = sessions;
        this.factors = factors;
        this.accounts = accounts;
        this.audit = audit;
    }

    @PreAuthorize("isAuthenticated()")
    public SecondFactorStatus mine() {
        return factors.status(PlatformUser.current().accountId());
    }

    /** A new secret for the signed-in user to scan; nothing is stored until {@link #enrol} confirms it. */
    @PreAuthorize("isAuthenticated()")
    public EnrolmentOffer offer() {
        return factors.offer(PlatformUser.current().getUsername());
    }

    /**
     * Stores the offered secret once the first code from the app matches, and answers the recovery
     * codes, to be shown this once. An enrolled factor is not replaced by its holder (a stolen session
     * must not be able to move it to another phone): the security administrator resets it.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public List<String> enrol(EnrolmentOffer offer, String code) {
        PlatformUser me = PlatformUser.current();
        if (factors.status(me.accountId()).enrolled()) {
            throw new BusinessRuleException("code", "secondFactor.error.enrolled");
        }
        List<String> codes = factors.enrol(me.accountId(), offer, code)
                .orElseThrow(() -> new BusinessRuleException("code", "secondFactor.error.code"));
        audit.record(AuditRecord.success("account.enrolSecondFactor", "account", me.accountId(), "by holder"));
        return codes;
    }

    @PreAuthorize("hasAuthority('account:read')")
    public SecondFactorStatus statusOf(long accountId) {
        return factors.status(accountId);
    }

    /** Forgets the account's secret and recovery codes: its holder enrols a new authenticator at the next sign-in. */
    @PreAuthorize("hasAuthority('account:resetSecondFactor')")
    @Transactional
    public void reset(long accountId) {
        Account account = accounts.findById(accountId).orElseThrow(() -> new NotFoundException("account", accountId));
        if (account.getId() == PlatformUser.current().accountId()) {
            // like roles: nobody lowers their own protection
            throw new BusinessRuleException("secondFactor", "secondFactor.error.own");
        }
        SecondFactorStatus before = factors.status(accountId);
        factors.reset(accountId);
        // a browser still signed in (perhaps the one that lost the phone) must not enrol the next authenticator
        account.raiseSecurityStamp();
        sessions.endAllOf(accountId);
        audit.record(AuditRecord.success("account.resetSecondFactor", "account", accountId,
                "username=" + account.getUsername() + ", was " + (before.enrolled() ? "enrolled" : "not enrolled")));
    }
}
