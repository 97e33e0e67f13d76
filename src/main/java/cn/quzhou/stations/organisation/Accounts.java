package cn.quzhou.stations.organisation;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.organisation.internal.AccountProvisioning;
import cn.quzhou.stations.organisation.internal.AccountRepository;
import cn.quzhou.stations.organisation.internal.ExpertRepository;
import cn.quzhou.stations.organisation.internal.HostUnitRepository;
import cn.quzhou.stations.organisation.internal.JurisdictionRepository;
import cn.quzhou.stations.organisation.internal.SocietyRepository;
import cn.quzhou.stations.organisation.internal.LoginThrottle;
import cn.quzhou.stations.organisation.internal.PasswordResetRequest;
import cn.quzhou.stations.organisation.internal.PasswordResetRequestRepository;
import cn.quzhou.stations.organisation.internal.OnlineSessionStore;
import cn.quzhou.stations.organisation.internal.PersonalAccessTokenRepository;
import cn.quzhou.stations.organisation.internal.SecretDelivery;
import cn.quzhou.stations.organisation.internal.TemporarySecrets;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.Masks;
import cn.quzhou.stations.shared.NotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Account administration under 三员分立: the system administrator creates and disables accounts;
 * the security administrator grants and revokes roles, unlocks and resets passwords (never to a value
 * of its choice; an administrator's reset needs a second administrator); nobody changes their own
 * roles. The matrix is in the README, section "三员分立".
 */
@Service
@Transactional(readOnly = true)
public class Accounts {

    private final AccountRepository accounts;
    private final AccountProvisioning provisioning;
    private final LoginThrottle throttle;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final HostUnitRepository units;
    private final JurisdictionRepository jurisdictions;
    private final ExpertRepository experts;
    private final SocietyRepository societies;
    private final PersonalAccessTokenRepository tokens;
    private final java.time.Clock clock;
    private final cn.quzhou.stations.organisation.internal.AccountList list;
    private final PasswordResetRequestRepository resetRequests;
    private final SecretDelivery delivery;
    private final OnlineSessionStore sessions;
    private final cn.quzhou.stations.shared.PersonalDataCipher cipher;

    Accounts(AccountRepository accounts, AccountProvisioning provisioning, LoginThrottle throttle,
             PasswordEncoder encoder, AuditLog audit, HostUnitRepository units, JurisdictionRepository jurisdictions,
             ExpertRepository experts, SocietyRepository societies, PersonalAccessTokenRepository tokens,
             java.time.Clock clock, cn.quzhou.stations.organisation.internal.AccountList list,
             PasswordResetRequestRepository resetRequests, SecretDelivery delivery, OnlineSessionStore sessions,
             cn.quzhou.stations.shared.PersonalDataCipher cipher) {
        this.sessions = sessions;
        this.cipher = cipher;
        this.list = list;
        this.resetRequests = resetRequests;
        this.delivery = delivery;
        this.tokens = tokens;
        this.clock = clock;
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.experts = experts;
        this.societies = societies;
        this.accounts = accounts;
        this.provisioning = provisioning;
        this.throttle = throttle;
        this.encoder = encoder;
        this.audit = audit;
    }

    /** One page of the accounts, searched over username, name and unit, filtered and sorted as asked. */
    @PreAuthorize("hasAuthority('account:read')")
    public cn.quzhou.stations.shared.Paged<AccountRow> page(cn.quzhou.stations.shared.ListRequest request,
                                                            AccountFilter filter) {
        return list.page(filter, request.resolve(cn.quzhou.stations.organisation.internal.AccountList.SORTS));
    }

    @PreAuthorize("hasAuthority('account:read')")
    public AccountView get(long id) {
        return view(find(id));
    }

    /** Everything an account can be bound to; administrators see names here without seeing the records. */
    @PreAuthorize("hasAuthority('account:read')")
    public BindingOptions bindingOptions() {
        return new BindingOptions(
                units.findAll().stream().map(u -> new BindingOptions.Option(u.getId(), u.getName() + "（" + u.getCreditCode() + "）")).toList(),
                jurisdictions.findAllByOrderBySortOrderAscIdAsc().stream().map(j -> new BindingOptions.Option(j.getId(), j.getName())).toList(),
                experts.findAllByOrderByNameAsc().stream().map(e -> new BindingOptions.Option(e.getId(), e.getName() + "（" + e.getOrganisation() + "）")).toList(),
                societies.findAllByOrderByLevelAscNameAsc().stream().map(s -> new BindingOptions.Option(s.getId(), s.getName())).toList());
    }

    @Transactional
    @PreAuthorize("hasAuthority('account:manage')")
    public AccountView create(NewAccountCommand c) {
        Account a = provisioning.create(c.username(), c.displayName(), c.password(), true,
                c.hostUnitId(), c.jurisdictionId(), c.expertId(), c.societyId());
        a.setEmail(c.email(), cipher::blindIndex);
        AccountView created = view(a);
        audit.record(AuditRecord.success("account.create", "account", a.getId(),
                "username=" + a.getUsername() + ", unit=" + a.getHostUnitId() + ", jurisdiction=" + a.getJurisdictionId()
                        + ", expert=" + a.getExpertId() + ", society=" + a.getSocietyId() + ", email=" + Masks.mask(a.getEmail())));
        return created;
    }

    /**
     * Creates an account that has no password yet (the import of accounts): it gets a generated one-time secret,
     * sent out of band ({@code SecretDelivery}: the holder's own address, else the operator's file) only once the
     * transaction has committed, so that a file refused half-way never hands out a secret of an account that does not
     * exist; the holder chooses a password at the first sign-in. The secret is shown to nobody on a page.
     */
    @Transactional
    @PreAuthorize("hasAuthority('account:manage')")
    public AccountView createForActivation(ActivatedAccountCommand c) {
        Account a = provisioning.create(c.username(), c.displayName(), null, true,
                c.hostUnitId(), c.jurisdictionId(), null, c.societyId());
        a.setEmail(c.email(), cipher::blindIndex);
        String secret = TemporarySecrets.generate();
        provisioning.setTemporarySecret(a, secret);
        org.springframework.transaction.support.TransactionSynchronizationManager.registerSynchronization(
                new org.springframework.transaction.support.TransactionSynchronization() {
                    @Override
                    public void afterCommit() {
                        delivery.deliver(a, secret);
                    }
                });
        audit.record(AuditRecord.success("account.create", "account", a.getId(),
                "username=" + a.getUsername() + ", unit=" + a.getHostUnitId() + ", jurisdiction=" + a.getJurisdictionId()
                        + ", society=" + a.getSocietyId() + ", email=" + Masks.mask(a.getEmail())
                        + ", one-time activation secret sent out of band after commit"));
        return view(a);
    }

    /** Which of the given user names (normalised) are taken, for an import checking a whole file at once. */
    @PreAuthorize("hasAuthority('account:read')")
    public Set<String> takenUsernames(Collection<String> usernames) {
        return usernames.isEmpty() ? Set.of()
                : accounts.takenOf(usernames.stream().map(Account::normalise).collect(java.util.stream.Collectors.toSet()));
    }

    /**
     * Sets or clears the address the account's e-mail notifications go to. Not for an administrator's account: its
     * address carries the holder's one-time secrets, so only the holder sets it ({@link #changeOwnEmail}); otherwise the
     * system administrator could point it at itself and receive the secret of a reset it had approved.
     */
    @Transactional
    @PreAuthorize("hasAuthority('account:manage')")
    public void changeEmail(long id, String email) {
        Account a = find(id);
        if (a.getRoles().stream().anyMatch(Role::isAdmin)) {
            throw new BusinessRuleException("email", "account.error.adminEmail");
        }
        String before = a.getEmail();
        a.setEmail(email, cipher::blindIndex);
        audit.record(AuditRecord.success("account.changeEmail", "account", id, emailChange(before, a)));
    }

    /** The signed-in holder's own address. */
    @PreAuthorize("isAuthenticated()")
    public String ownEmail() {
        return find(PlatformUser.current().accountId()).getEmail();
    }

    /** The holder sets its own address, giving its password again (a walked-away session cannot redirect the secrets). */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnEmail(String currentPassword, String email) {
        Account a = find(PlatformUser.current().accountId());
        if (a.getPasswordHash() == null || !encoder.matches(currentPassword, a.getPasswordHash())) {
            throw new BusinessRuleException("password", "password.error.current");
        }
        String before = a.getEmail();
        a.setEmailByHolder(email, cipher::blindIndex);
        audit.record(AuditRecord.success("account.changeOwnEmail", "account", a.getId(), emailChange(before, a)));
    }

    /** The audit trail says the address changed and roughly from what to what, never the address itself. */
    private static String emailChange(String before, Account a) {
        return "email: " + Masks.mask(before) + " → " + Masks.mask(a.getEmail());
    }

    /**
     * The enabled accounts holding {@code role}, for other modules to notify on their own authority
     * (no permission check). For a county role ({@link Role.ScopeKind#JURISDICTION}) only the accounts
     * bound to {@code jurisdictionId}; for other roles {@code jurisdictionId} is ignored. Applicants
     * belong to a unit: use {@link #contactsOfUnit(long)}.
     */
    public List<Contact> contactsOf(Role role, Long jurisdictionId) {
        if (role == Role.APPLICANT) {
            throw new IllegalArgumentException("applicants are reached through contactsOfUnit(hostUnitId)");
        }
        boolean county = role.scope() == Role.ScopeKind.JURISDICTION;
        return accounts.findEnabledWithRole(role).stream()
                .filter(a -> !county || jurisdictionId != null && jurisdictionId.equals(a.getJurisdictionId()))
                .map(Accounts::contact).toList();
    }

    /** The enabled applicant accounts of a host unit; no permission check (see {@link #contactsOf}). */
    public List<Contact> contactsOfUnit(long hostUnitId) {
        return accounts.findEnabledWithRole(Role.APPLICANT).stream()
                .filter(a -> Long.valueOf(hostUnitId).equals(a.getHostUnitId()))
                .map(Accounts::contact).toList();
    }

    /** The enabled expert accounts bound to {@code expertId}; no permission check (see {@link #contactsOf}). */
    public List<Contact> contactsOfExpert(long expertId) {
        return accounts.findEnabledWithRole(Role.EXPERT).stream()
                .filter(a -> Long.valueOf(expertId).equals(a.getExpertId()))
                .map(Accounts::contact).toList();
    }

    /** The given accounts that are enabled, as contacts; no permission check (see {@link #contactsOf}). */
    public List<Contact> contacts(Collection<Long> accountIds) {
        if (accountIds.isEmpty()) {
            return List.of();
        }
        return accounts.findEnabledByIds(Set.copyOf(accountIds)).stream().map(Accounts::contact).toList();
    }

    private static Contact contact(Account a) {
        return new Contact(a.getId(), a.getDisplayName(), a.getEmail());
    }

    @Transactional
    @PreAuthorize("hasAuthority('account:manage')")
    public void setEnabled(long id, boolean enabled) {
        Account a = find(id);
        notSelf(a);
        boolean was = a.isEnabled();
        a.setEnabled(enabled);
        endSessions(a);
        audit.record(AuditRecord.success(enabled ? "account.enable" : "account.disable", "account", id,
                "enabled: " + was + " → " + enabled));
    }

    @Transactional
    @PreAuthorize("hasAuthority('role:grant')")
    public void grant(long id, Role role) {
        Account a = find(id);
        notSelf(a);
        String before = a.getRoles().toString();
        provisioning.grant(a, role);
        endSessions(a);
        audit.record(AuditRecord.success("permission.grant", "account", id, "roles: " + before + " → " + a.getRoles()));
    }

    @Transactional
    @PreAuthorize("hasAuthority('role:grant')")
    public void revoke(long id, Role role) {
        Account a = find(id);
        notSelf(a);
        String before = a.getRoles().toString();
        a.revoke(role);
        endSessions(a);
        audit.record(AuditRecord.success("permission.revoke", "account", id, "roles: " + before + " → " + a.getRoles()));
    }

    @Transactional
    @PreAuthorize("hasAuthority('account:unlock')")
    public void unlock(long id) {
        Account a = find(id);
        throttle.reset(a.getUsername());
        audit.record(AuditRecord.success("account.unlock", "account", id, "username=" + a.getUsername()));
    }

    /**
     * 三员分立: nobody chooses another person's password. A business account gets a generated one-time secret at once,
     * returned to be shown once to the security administrator. An administrator account gets only a pending request:
     * a second administrator approves it ({@link #approveReset}) and the secret goes out of band to the holder.
     * Either way the holder must change it at the next sign-in.
     */
    @Transactional
    @PreAuthorize("hasAuthority('account:unlock')")
    public ResetOutcome resetPassword(long id) {
        Account a = find(id);
        notSelf(a);
        if (a.getRoles().stream().anyMatch(Role::isAdmin)) {
            PasswordResetRequest request = resetRequests.findByAccountIdAndStatus(id, PasswordResetRequest.PENDING)
                    .orElseGet(() -> resetRequests.save(new PasswordResetRequest(id, PlatformUser.current().accountId(),
                            clock.instant())));
            audit.record(AuditRecord.success("account.resetPassword.request", "account", id,
                    "username=" + a.getUsername() + ", request=" + request.getId()));
            return new ResetOutcome(null, request.getId());
        }
        String secret = TemporarySecrets.generate();
        int revoked = reset(a, secret);
        audit.record(AuditRecord.success("account.resetPassword", "account", id,
                "username=" + a.getUsername() + ", one-time secret shown once, access tokens revoked: " + revoked));
        return new ResetOutcome(secret, null);
    }

    /** The administrator resets waiting for a second administrator. */
    @PreAuthorize("hasAuthority('account:approve-reset')")
    public List<ResetRequestView> pendingResets() {
        return resetRequests.pendingWithNames();
    }

    /** The second administrator approves: the secret is generated and sent out of band; the approver never sees it. */
    @Transactional
    @PreAuthorize("hasAuthority('account:approve-reset')")
    public void approveReset(long requestId) {
        PasswordResetRequest request = resetRequests.findById(requestId)
                .orElseThrow(() -> new NotFoundException("password reset request", requestId));
        request.approve(PlatformUser.current().accountId(), clock.instant());
        Account a = find(request.getAccountId());
        String secret = TemporarySecrets.generate();
        int revoked = reset(a, secret);
        String channel = delivery.deliver(a, secret);
        audit.record(AuditRecord.success("account.resetPassword.approve", "account", a.getId(),
                "username=" + a.getUsername() + ", request=" + requestId + ", requested by account "
                        + request.getRequestedBy() + ", secret sent by " + channel + ", access tokens revoked: " + revoked));
    }

    private int reset(Account a, String secret) {
        provisioning.setTemporarySecret(a, secret);
        throttle.reset(a.getUsername());
        endSessions(a);   // every browser of the account is signed out, on every instance
        return tokens.revokeAllOf(a.getId(), clock.instant());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void changeOwnPassword(String currentPassword, String newPassword) {
        Account a = find(PlatformUser.current().accountId());
        if (a.getPasswordHash() == null || !encoder.matches(currentPassword, a.getPasswordHash())) {
            throw new BusinessRuleException("currentPassword", "password.error.current");
        }
        if (encoder.matches(newPassword, a.getPasswordHash())) {
            throw new BusinessRuleException("newPassword", "password.error.same");
        }
        provisioning.setPassword(a, newPassword, false, "newPassword");
        // whoever else holds a session of the account (the old password's) is signed out; this browser goes on
        a.raiseSecurityStamp();
        sessions.endOthersOf(a.getId(), OnlineSessionStore.currentSignIn(), a.getSecurityStamp());
        audit.record(AuditRecord.success("account.changePassword", "account", a.getId(), "by holder"));
    }

    /**
     * Signs the account out everywhere: every session of it, on every instance, ends at its next request and
     * the holder signs in again with what the account now holds (and a new session id).
     */
    @Transactional
    @PreAuthorize("hasAuthority('session:end')")
    public void signOutEverywhere(long id) {
        Account a = find(id);
        notSelf(a);
        int ended = endSessions(a);
        audit.record(AuditRecord.success("session.endAll", "account", id,
                "username=" + a.getUsername() + ", sessions ended: " + ended));
    }

    /** A change of rights or credentials ends the account's sessions (see {@code SessionGuard}). */
    private int endSessions(Account a) {
        a.raiseSecurityStamp();
        return sessions.endAllOf(a.getId());
    }

    private void notSelf(Account a) {
        if (a.getId() == PlatformUser.current().accountId()) {
            throw new BusinessRuleException(null, "account.error.self");
        }
    }

    private Account find(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    private AccountView view(Account a) {
        return new AccountView(a.getId(), a.getUsername(), a.getDisplayName(), a.isEnabled(), a.getRoles(),
                a.getHostUnitId(), a.getJurisdictionId(), a.getExpertId(), a.getSocietyId(),
                a.getOidcSubject() != null, throttle.lockedUntil(a.getUsername()).orElse(null),
                Masks.mask(a.getEmail()));
    }
}
