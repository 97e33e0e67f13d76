package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.CreditCode;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The legal-person login of the provincial government-service network, over OIDC. A returning
 * subject signs in as its linked account. A first-time subject whose token carries the unified
 * social credit code of a registered host unit gets an applicant account for that unit; any other
 * subject is refused, because units are registered by their county CAST, not by themselves.
 */
@Component
class LegalPersonOidcUserService extends OidcUserService {

    private final AccountRepository accounts;
    private final HostUnitRepository units;
    private final AccountProvisioning provisioning;
    private final PlatformUsers users;
    private final TransactionTemplate tx;
    private final AuditLog audit;
    private final String creditCodeClaim;

    LegalPersonOidcUserService(AccountRepository accounts, HostUnitRepository units, AccountProvisioning provisioning,
                               PlatformUsers users, TransactionTemplate tx, AuditLog audit,
                               @Value("${platform.oidc.credit-code-claim:uscc}") String creditCodeClaim) {
        this.accounts = accounts;
        this.units = units;
        this.provisioning = provisioning;
        this.users = users;
        this.tx = tx;
        this.audit = audit;
        this.creditCodeClaim = creditCodeClaim;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = super.loadUser(request);
        String issuer = String.valueOf(oidc.getIssuer());
        String subject = oidc.getSubject();
        return tx.execute(status -> {
            Account account = accounts.findByOidcIssuerAndOidcSubject(issuer, subject)
                    .orElseGet(() -> linkByCreditCode(oidc, issuer, subject));
            if (!account.isEnabled()) {
                throw new OAuth2AuthenticationException(new OAuth2Error("account_disabled"));
            }
            return users.toUser(account, oidc.getIdToken());
        });
    }

    /** A unit may sign in under several subjects (its operators); each gets its own account. */
    private String freeUsername(String base) {
        String candidate = base;
        for (int n = 2; accounts.existsByUsername(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private Account linkByCreditCode(OidcUser oidc, String issuer, String subject) {
        String code = CreditCode.normalise(oidc.getClaimAsString(creditCodeClaim));
        HostUnit unit = (CreditCode.isValid(code) ? units.findByCreditCode(code) : java.util.Optional.<HostUnit>empty())
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error("unit_not_registered")));
        Account account = provisioning.create(freeUsername("unit-" + code.toLowerCase()), unit.getName(), null, false,
                unit.getId(), null, null, null);
        account.linkOidc(issuer, subject);
        provisioning.grant(account, Role.APPLICANT);
        audit.record(new AuditRecord(account.getUsername(), "account.oidcLink", "account",
                String.valueOf(account.getId()), cn.quzhou.stations.audit.AuditOutcome.SUCCESS,
                "issuer=" + issuer + ", subject=" + subject + ", unit=" + unit.getId()));
        return account;
    }
}
