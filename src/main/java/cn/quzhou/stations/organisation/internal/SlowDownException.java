package cn.quzhou.stations.organisation.internal;

import org.springframework.security.core.AuthenticationException;

/** An attempt from an address that must still wait (see {@link LoginThrottle#waitFor}); not looked at, not counted. */
class SlowDownException extends AuthenticationException {

    SlowDownException() {
        super("slow down");
    }
}
