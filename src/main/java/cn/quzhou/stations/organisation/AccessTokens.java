package cn.quzhou.stations.organisation;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.organisation.internal.AccessTokenSecrets;
import cn.quzhou.stations.organisation.internal.PersonalAccessToken;
import cn.quzhou.stations.organisation.internal.PersonalAccessTokenRepository;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Personal access tokens of the signed-in account, for the JSON API ({@code Authorization: Bearer}).
 * A token acts as its account with the account's current roles and scope; only its SHA-256 is kept,
 * and the plain token is returned once, by {@link #create}. Everyone manages only their own tokens.
 */
@Service
@Transactional(readOnly = true)
public class AccessTokens {

    public static final int MAX_VALID_DAYS = 365;
    /** 等保: every token expires; one asked for without a lifetime gets this many days (never "no expiry"). */
    public static final int DEFAULT_VALID_DAYS = 90;
    public static final int MAX_ACTIVE_TOKENS = 20;
    public static final int MAX_NAME_LENGTH = 100;

    private final PersonalAccessTokenRepository tokens;
    private final AuditLog audit;
    private final Clock clock;

    AccessTokens(PersonalAccessTokenRepository tokens, AuditLog audit, Clock clock) {
        this.tokens = tokens;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new token for the signed-in account, valid {@code validDays} (1–365; null: {@value #DEFAULT_VALID_DAYS}) days. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public CreatedToken create(String name, Integer validDays) {
        long accountId = PlatformUser.current().accountId();
        if (!StringUtils.hasText(name) || name.strip().length() > MAX_NAME_LENGTH) {
            throw new BusinessRuleException("name", "token.error.name");
        }
        if (validDays != null && (validDays < 1 || validDays > MAX_VALID_DAYS)) {
            throw new BusinessRuleException("validDays", "token.error.validDays");
        }
        Instant now = now();
        if (tokens.countActive(accountId, now) >= MAX_ACTIVE_TOKENS) {
            throw new BusinessRuleException(null, "token.error.tooMany", MAX_ACTIVE_TOKENS);
        }
        String plain = AccessTokenSecrets.generate();
        Instant expires = now.plus(Duration.ofDays(validDays == null ? DEFAULT_VALID_DAYS : validDays));
        PersonalAccessToken saved = tokens.save(new PersonalAccessToken(accountId, name.strip(),
                AccessTokenSecrets.hash(plain), AccessTokenSecrets.displayPrefix(plain), now, expires));
        AccessTokenView view = view(saved, now);
        audit.record(AuditRecord.success("token.create", "personal_access_token", saved.getId(),
                "name=" + view.name() + ", prefix=" + view.prefix() + ", expires=" + view.expiresAt()));
        return new CreatedToken(view, plain);
    }

    /** The signed-in account's tokens, newest first, revoked and expired ones included. */
    @PreAuthorize("isAuthenticated()")
    public List<AccessTokenView> mine() {
        Instant now = now();
        return tokens.findByAccountIdOrderByCreatedAtDescIdDesc(PlatformUser.current().accountId()).stream()
                .map(t -> view(t, now)).toList();
    }

    /** Revokes one of the signed-in account's tokens; another account's token is "not found". */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void revoke(long id) {
        PersonalAccessToken token = tokens.findByIdAndAccountId(id, PlatformUser.current().accountId())
                .orElseThrow(() -> new NotFoundException("access token", id));
        if (token.getRevokedAt() != null) {
            return;
        }
        token.revoke(now());
        audit.record(AuditRecord.success("token.revoke", "personal_access_token", id,
                "name=" + token.getName() + ", prefix=" + token.getTokenPrefix()));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static AccessTokenView view(PersonalAccessToken t, Instant now) {
        AccessTokenView.Status status = t.getRevokedAt() != null ? AccessTokenView.Status.REVOKED
                : t.isActiveAt(now) ? AccessTokenView.Status.ACTIVE : AccessTokenView.Status.EXPIRED;
        return new AccessTokenView(t.getId(), t.getName(), t.getTokenPrefix(), t.getCreatedAt(), t.getExpiresAt(),
                t.getLastUsedAt(), t.getRevokedAt(), status);
    }
}
