package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.organisation.EnrolmentOffer;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.SecondFactorStep;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serial;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetailsSource;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * The second step of the password sign-in. After a right password, an account that must give a code
 * (or enrol first) is NOT signed in: the session holds only a {@link Pending} note and stays anonymous
 * until the code is right; then the sign-in completes exactly as a one-step sign-in does ({@link SignInAudit}).
 * Wrong codes count toward the same lock-out and the same per-address slow-down as wrong passwords.
 * The government OIDC login passes through here too: its identity provider is an applicant's second
 * factor, but an account linked to it that holds a role requiring the platform's code must still give it.
 */
@Component
public class SecondFactorSignIn implements AuthenticationSuccessHandler, SecondFactorStep {

    static final String PENDING = SecondFactorSignIn.class.getName() + ".PENDING";
    static final String OFFER = SecondFactorSignIn.class.getName() + ".OFFER";
    /** Paths the anonymous half-signed-in session may use. */
    public static final String[] PATHS = {"/login/second-factor", "/login/second-factor/enrol"};
    /** Long enough to open the app and type; short enough that a forgotten half sign-in does not linger. */
    static final Duration PENDING_LIFETIME = Duration.ofMinutes(5);

    /** A right password awaiting its second factor. */
    /** A right password awaiting its code; {@code stamp}: the account's security stamp when the password was given. */
    public record Pending(long accountId, String username, boolean mustEnrol, Instant since, long stamp)
            implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** {@code SLOW}: the address must still wait (too many recent failures from it); the code was not looked at. */
    private final SecondFactorService factors;
    private final SignInAudit signIn;
    private final PlatformUsers users;
    private final LoginThrottle throttle;
    private final AuditLog audit;
    private final Clock clock;
    private final SecurityContextRepository contexts = new DelegatingSecurityContextRepository(
            new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());
    private final WebAuthenticationDetailsSource details = new WebAuthenticationDetailsSource();

    SecondFactorSignIn(SecondFactorService factors, SignInAudit signIn, PlatformUsers users, LoginThrottle throttle,
                       AuditLog audit, Clock clock) {
        this.factors = factors;
        this.signIn = signIn;
        this.users = users;
        this.throttle = throttle;
        this.audit = audit;
        this.clock = clock;
    }

    /** The password was right: finish, or hold the sign-in back for the code. */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException, ServletException {
        if (!(authentication.getPrincipal() instanceof PlatformUser user)) {
            signIn.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        SecondFactorPolicy.Ask ask = authentication instanceof OAuth2AuthenticationToken
                ? factors.askAfterIdentityProvider(user.accountId(), user.roles())
                : factors.ask(user.accountId(), user.roles());
        if (ask == SecondFactorPolicy.Ask.NOTHING) {
            throttle.succeeded(user.getUsername(), request.getRemoteAddr());
            signIn.onAuthenticationSuccess(request, response, authentication);
            return;
        }
        // the filter has already stored the authentication: take it back out, the session stays anonymous
        SecurityContext empty = SecurityContextHolder.createEmptyContext();
        SecurityContextHolder.clearContext();
        contexts.saveContext(empty, request, response);
        HttpSession session = request.getSession();
        session.removeAttribute(OFFER);
        boolean enrol = ask == SecondFactorPolicy.Ask.ENROL;
        session.setAttribute(PENDING, new Pending(user.accountId(), user.getUsername(), enrol, clock.instant(),
                user.securityStamp()));
        audit.record(AuditRecord.of(user.getUsername(), "signin.password", AuditOutcome.SUCCESS,
                (authentication instanceof OAuth2AuthenticationToken ? "oidc; " : "")
                        + (enrol ? "second factor to enrol" : "second factor to give")));
        response.sendRedirect(request.getContextPath() + (enrol ? PATHS[1] : PATHS[0]));
    }

    /** The sign-in awaiting a code in this session, unless it is too old. */
    public Optional<Pending> pending(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(PENDING) instanceof Pending p)) {
            return Optional.empty();
        }
        if (p.since().plus(PENDING_LIFETIME).isBefore(clock.instant())) {
            session.removeAttribute(PENDING);
            session.removeAttribute(OFFER);
            return Optional.empty();
        }
        return Optional.of(p);
    }

    /** Checks the code of a pending sign-in; on {@link Outcome#SIGNED_IN} the response has been answered. */
    @Override
    public boolean awaitsCode(HttpServletRequest request) {
        return pending(request).filter(p -> !p.mustEnrol()).isPresent();
    }

    @Override
    public Outcome submitCode(HttpServletRequest request, HttpServletResponse response, String code)
            throws IOException, ServletException {
        Optional<Pending> pending = pending(request).filter(p -> !p.mustEnrol());
        if (pending.isEmpty()) {
            return Outcome.EXPIRED;
        }
        Pending p = pending.get();
        if (throttle.waitFor(request.getRemoteAddr()).isPresent()) {
            return Outcome.SLOW;
        }
        if (throttle.isLocked(p.username(), request.getRemoteAddr())) {
            return abandon(request, Outcome.LOCKED);
        }
        if (!stillEnabled(p)) {
            return wrong(request, p);
        }
        SecondFactorService.Verdict verdict = factors.verify(p.accountId(), code);
        if (verdict == SecondFactorService.Verdict.REFUSED) {
            return wrong(request, p);
        }
        complete(request, response, p, verdict == SecondFactorService.Verdict.TOTP ? "totp" : "recovery code");
        return Outcome.SIGNED_IN;
    }

    /** The secret offered to the pending holder who must enrol; the same one until confirmed or abandoned. */
    @Override
    public Optional<EnrolmentOffer> offer(HttpServletRequest request) {
        return pending(request).filter(Pending::mustEnrol).map(p -> {
            HttpSession session = request.getSession();
            if (session.getAttribute(OFFER) instanceof EnrolmentOffer kept) {
                return kept;
            }
            EnrolmentOffer offer = factors.offer(p.username());
            session.setAttribute(OFFER, offer);
            return offer;
        });
    }

    /**
     * What an enrolment at sign-in answers: on {@link Outcome#SIGNED_IN} the recovery codes to show once
     * and where to go on (the browser is not redirected, so the page can show the codes).
     */
    /** Confirms the offered secret with its first code and completes the sign-in. */
    @Override
    public Enrolment enrol(HttpServletRequest request, HttpServletResponse response, String code)
            throws IOException, ServletException {
        Optional<Pending> pending = pending(request).filter(Pending::mustEnrol);
        Optional<EnrolmentOffer> offer = offer(request);
        if (pending.isEmpty() || offer.isEmpty()) {
            return Enrolment.not(Outcome.EXPIRED);
        }
        Pending p = pending.get();
        if (throttle.waitFor(request.getRemoteAddr()).isPresent()) {
            return Enrolment.not(Outcome.SLOW);
        }
        if (throttle.isLocked(p.username(), request.getRemoteAddr())) {
            return Enrolment.not(abandon(request, Outcome.LOCKED));
        }
        if (!stillEnabled(p)) {
            return Enrolment.not(wrong(request, p));
        }
        Optional<List<String>> codes = factors.enrol(p.accountId(), offer.get(), code);
        if (codes.isEmpty()) {
            return Enrolment.not(wrong(request, p));
        }
        audit.record(new AuditRecord(p.username(), "account.enrolSecondFactor", "account",
                String.valueOf(p.accountId()), AuditOutcome.SUCCESS, "at sign-in"));
        RedirectCapture capture = new RedirectCapture(response);
        complete(request, capture, p, "totp (enrolled)");
        return new Enrolment(Outcome.SIGNED_IN, codes.get(),
                capture.location == null ? request.getContextPath() + "/" : capture.location);
    }

    /** Disabled (or removed) between the password and the code: answered like any wrong code. */
    /** Still enabled, and nothing (a reset, a role change, 全部下线) has happened to the account since the password. */
    private boolean stillEnabled(Pending p) {
        try {
            PlatformUser now = users.loadUserByUsername(p.username());
            return now.isEnabled() && now.securityStamp() == p.stamp();
        } catch (org.springframework.security.core.userdetails.UsernameNotFoundException e) {
            return false;
        }
    }

    private Outcome wrong(HttpServletRequest request, Pending p) {
        boolean locked = throttle.recordFailure(p.username(), request.getRemoteAddr());
        audit.record(AuditRecord.of(p.username(), "signin", AuditOutcome.FAILURE,
                locked ? "locked" : "wrong second factor code"));
        return locked ? abandon(request, Outcome.LOCKED) : Outcome.WRONG;
    }

    private Outcome abandon(HttpServletRequest request, Outcome outcome) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(PENDING);
            session.removeAttribute(OFFER);
        }
        return outcome;
    }

    /** Signs the holder in as the password step would have, with the account read afresh. */
    private void complete(HttpServletRequest request, HttpServletResponse response, Pending p, String factor)
            throws IOException, ServletException {
        PlatformUser user = users.loadUserByUsername(p.username());
        user.eraseCredentials();
        UsernamePasswordAuthenticationToken auth = UsernamePasswordAuthenticationToken.authenticated(
                user, null, user.getAuthorities());
        auth.setDetails(details.buildDetails(request));
        abandon(request, Outcome.SIGNED_IN);
        // a new session id for the now signed-in session (the anonymous one may have been observed)
        request.changeSessionId();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(auth);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        throttle.succeeded(p.username(), request.getRemoteAddr());
        audit.record(AuditRecord.of(p.username(), "signin.secondFactor", AuditOutcome.SUCCESS, factor));
        signIn.onAuthenticationSuccess(request, response, auth);
    }

    /** Keeps the success handler's redirect target instead of sending it. */
    private static final class RedirectCapture extends HttpServletResponseWrapper {
        private String location;

        RedirectCapture(HttpServletResponse response) {
            super(response);
        }

        @Override
        public void sendRedirect(String location) {
            this.location = location;
        }
    }
}
