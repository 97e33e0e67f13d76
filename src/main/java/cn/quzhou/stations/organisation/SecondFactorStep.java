package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.OpenEntry;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * The second step of a sign-in, for the sign-in pages. Nobody is signed in yet, so these are system entry points
 * without a permission: the step itself checks that the session holds a first step that passed.
 */
@OpenEntry(value = OpenEntry.Audience.PUBLIC, why = "the second step of the sign-in, before anybody is signed in")
public interface SecondFactorStep {

    enum Outcome { SIGNED_IN, WRONG, LOCKED, EXPIRED, SLOW }

    /** What enrolling a first authenticator ended in; the recovery codes are shown once. */
    record Enrolment(Outcome outcome, List<String> recoveryCodes, String next) {
        public static Enrolment not(Outcome outcome) {
            return new Enrolment(outcome, List.of(), null);
        }
    }

    /** Whether this session passed the first step and waits for a code from an enrolled authenticator. */
    boolean awaitsCode(HttpServletRequest request);

    Outcome submitCode(HttpServletRequest request, HttpServletResponse response, String code)
            throws IOException, ServletException;

    /** The authenticator to enrol, when this session passed the first step and must enrol one. */
    Optional<EnrolmentOffer> offer(HttpServletRequest request);

    Enrolment enrol(HttpServletRequest request, HttpServletResponse response, String code)
            throws IOException, ServletException;
}
