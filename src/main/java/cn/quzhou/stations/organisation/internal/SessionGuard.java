package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.PlatformUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Makes every session of the web pages follow its account, on every instance: at each request of a
 * signed-in session one indexed read ({@link OnlineSessionStore#standing}) tells whether the session was
 * ended (在线用户), whether the account's security stamp moved on since the sign-in (disabled, role
 * changed, password reset, forced sign-out), and whether the idle timeout or the absolute lifetime has
 * passed on the platform's clock. An ended session is invalidated and the request goes on anonymous, so a
 * page answers with the way to the sign-in page.
 *
 * <p>Why a stamp and not only deleting the account's stored sessions: a sign-in that read the account just
 * before the change would store its session just after the delete and keep the old rights; the stamp it
 * captured is older, so it still ends.
 */
class SessionGuard extends OncePerRequestFilter {

    /** The session attribute holding the id of the {@code online_session} row of this sign-in. */
    static final String SIGN_IN = "platform.signIn";
    /** {@code last_seen_at} is written at most this often, not on every request. */
    private static final Duration SEEN_EVERY = Duration.ofMinutes(1);

    private final OnlineSessionStore store;
    private final SessionPolicy policy;
    private final Duration idleTimeout;
    private final Clock clock;

    SessionGuard(OnlineSessionStore store, SessionPolicy policy, Duration idleTimeout, Clock clock) {
        this.store = store;
        this.policy = policy;
        this.idleTimeout = idleTimeout;
        this.clock = clock;
    }

    /** Static files and the health check carry no rights: no read of the session's standing for them. */
    private static final java.util.List<String> UNGUARDED = java.util.List.of("/webjars/", "/css/", "/js/", "/img/",
            "/favicon.ico", "/actuator/health");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return UNGUARDED.stream().anyMatch(path::startsWith);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        if (session != null && !stands(session)) {
            session.invalidate();
            SecurityContextHolder.clearContext();
        }
        chain.doFilter(request, response);
    }

    private boolean stands(HttpSession session) {
        Object signIn = session.getAttribute(SIGN_IN);
        if (!(signIn instanceof String id)) {
            // a session that holds a signed-in user but no sign-in record did not come through the sign-in: refuse it
            return session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY) == null
                    || !(signedIn());
        }
        Instant now = clock.instant();
        return store.standing(id).map(s -> {
            Duration idle = s.administrator() ? policy.adminIdleTimeout() : idleTimeout;
            boolean stands = s.enabled() && s.stamp() == s.accountStamp()
                    && now.isBefore(s.signedInAt().plus(policy.absoluteLifetime()))
                    && now.isBefore(s.lastSeenAt().plus(idle));
            if (stands && !now.isBefore(s.lastSeenAt().plus(SEEN_EVERY))) {
                store.seen(id, now);
            }
            return stands;
        }).orElse(false);
    }

    private static boolean signedIn() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getPrincipal() instanceof PlatformUser;
    }
}
