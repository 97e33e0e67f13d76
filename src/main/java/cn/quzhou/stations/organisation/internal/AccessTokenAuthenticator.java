package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.PlatformUser;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves a bearer token to its account's {@link PlatformUser}, with the account's current roles and
 * bindings. Unknown, revoked and expired tokens and tokens of disabled accounts resolve to nothing.
 */
@Component
class AccessTokenAuthenticator {

    private final PersonalAccessTokenRepository tokens;
    private final AccountRepository accounts;
    private final PlatformUsers users;
    private final Clock clock;

    AccessTokenAuthenticator(PersonalAccessTokenRepository tokens, AccountRepository accounts, PlatformUsers users,
                             Clock clock) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
    }

    /**
     * "Last used" is shown to the token's owner to the minute: writing it on every call would turn each API read into a
     * write (a row lock the 64 concurrent callers of one token queue behind).
     */
    private static final java.time.Duration TOUCH_EVERY = java.time.Duration.ofMinutes(1);

    @Transactional
    public Optional<PlatformUser> authenticate(String token) {
        if (!AccessTokenSecrets.looksLikeToken(token)) {
            return Optional.empty();
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return tokens.findByTokenHash(AccessTokenSecrets.hash(token))
                .filter(t -> t.isActiveAt(now))
                .flatMap(t -> accounts.findById(t.getAccountId())
                        .filter(Account::isEnabled)
                        .map(a -> {
                            if (t.getLastUsedAt() == null || t.getLastUsedAt().isBefore(now.minus(TOUCH_EVERY))) {
                                tokens.touch(t.getId(), now);
                            }
                            PlatformUser user = users.toUser(a, null);
                            user.eraseCredentials();
                            return user;
                        }));
    }
}
