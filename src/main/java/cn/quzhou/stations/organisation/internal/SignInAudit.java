package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.organisation.PlatformUser;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Records every sign-in, failed sign-in and sign-out, and decides where the browser goes next. */
@Component
class SignInAudit extends SavedRequestAwareAuthenticationSuccessHandler
        implements AuthenticationFailureHandler, LogoutHandler {

    static final String MUST_CHANGE_PASSWORD = "mustChangePassword";
    private static final int MAX_NAME = 64;

    private final AuditLog audit;
    private final OnlineSessionStore sessions;
    private final SessionPolicy policy;
    private final java.time.Clock clock;

    SignInAudit(AuditLog audit, OnlineSessionStore sessions, SessionPolicy policy, java.time.Clock clock) {
        this.audit = audit;
        this.sessions = sessions;
        this.policy = policy;
        this.clock = clock;
        setDefaultTargetUrl("/");
        setAlwaysUseDefaultTargetUrl(false);
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, jakarta.servlet.ServletException {
        audit.record(AuditRecord.of(authentication.getName(), "signin", AuditOutcome.SUCCESS,
                authentication.getClass().getSimpleName()));
        if (authentication.getPrincipal() instanceof PlatformUser user) {
            track(request, user);
        }
        if (authentication.getPrincipal() instanceof PlatformUser user && user.mustChangePassword()) {
            request.getSession().setAttribute(MUST_CHANGE_PASSWORD, Boolean.TRUE);
            getRedirectStrategy().sendRedirect(request, response, "/account/password");
            return;
        }
        super.onAuthenticationSuccess(request, response, authentication);
    }

    /** Records the sign-in for 在线用户 and {@link SessionGuard}; administrators' sessions also idle out sooner in the store. */
    private void track(HttpServletRequest request, PlatformUser user) {
        var session = request.getSession();
        session.setAttribute(SessionGuard.SIGN_IN,
                sessions.signedIn(session.getId(), user, request.getRemoteAddr(), clock.instant()));
        if (user.roles().stream().anyMatch(cn.quzhou.stations.organisation.Role::isAdmin)) {
            session.setMaxInactiveInterval((int) policy.adminIdleTimeout().toSeconds());
        }
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String attempted = request.getParameter("username");
        // normalise strips CR, LF and other control characters: a typed name never forges an audit line
        String actor = attempted == null || Account.normalise(attempted).isEmpty() ? "anonymous" : Account.normalise(attempted);
        actor = actor.length() > MAX_NAME ? actor.substring(0, MAX_NAME) : actor;
        String reason = exception instanceof SlowDownException ? "slowed down"
                : exception instanceof LockedException ? "locked"
                : exception instanceof OAuth2AuthenticationException o ? "oidc:" + o.getError().getErrorCode()
                : "bad credentials";
        audit.record(AuditRecord.of(actor, "signin", AuditOutcome.FAILURE, reason));
        String error = exception instanceof SlowDownException ? "slow"
                : exception instanceof LockedException ? "locked"
                : exception instanceof OAuth2AuthenticationException ? "oidc" : "credentials";
        response.sendRedirect(request.getContextPath() + "/login?error=" + error);
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null) {
            audit.record(AuditRecord.of(authentication.getName(), "signout", AuditOutcome.SUCCESS, null));
        }
        var session = request.getSession(false);
        if (session != null && session.getAttribute(SessionGuard.SIGN_IN) instanceof String id) {
            sessions.signedOut(id);
        }
    }
}
