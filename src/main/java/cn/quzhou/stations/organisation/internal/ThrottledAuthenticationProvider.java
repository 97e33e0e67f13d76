package cn.quzhou.stations.organisation.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Password sign-in with slow-down and lock-out, both keyed by the client address (see {@link LoginThrottle}). An
 * address that must wait is refused before anything is looked at; a name locked for this address is refused before
 * its password is looked at; an unknown name is counted and locked exactly like a known one, and a disabled account
 * answers like a wrong password, so the answers never reveal which names exist.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider delegate;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider delegate, LoginThrottle throttle) {
        this.delegate = delegate;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = addressOf(authentication);
        if (throttle.waitFor(address).isPresent()) {
            throw new SlowDownException();
        }
        if (throttle.isLocked(username, address)) {
            throw new LockedException("locked");
        }
        try {
            // the failures are forgiven only once the sign-in completes (SecondFactorSignIn), so wrong
            // codes after a right password keep counting toward the lock-out
            return delegate.authenticate(authentication);
        } catch (BadCredentialsException | DisabledException e) {
            throw failure(username, address);
        }
    }

    /** The client address as the servlet container sees it (behind a proxy: as forwarded, with forward headers on). */
    static String addressOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails d ? d.getRemoteAddress() : null;
    }

    private AuthenticationException failure(String username, String address) {
        return throttle.recordFailure(username, address) ? new LockedException("locked")
                : new BadCredentialsException("bad");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
