package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.EnrolmentOffer;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SecondFactorStatus;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The second factor's rules: offering and confirming a secret, checking a code (TOTP or recovery
 * code) once, and resetting. Callers decide who may do what: the sign-in step for the holder who has
 * just given the password, {@link cn.quzhou.stations.organisation.SecondFactors} for signed-in users.
 */
@Service
public class SecondFactorService {

    static final int RECOVERY_CODES = 10;
    /** A code of the step before or after is accepted too: phones' clocks drift. */
    private static final int DRIFT_STEPS = 1;
    private static final String RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

    private final SecondFactorStore store;
    private final SecretCipher cipher;
    private final Clock clock;
    private final SecondFactorPolicy policy;
    private final String issuer;
    private final SecureRandom random = new SecureRandom();

    SecondFactorService(SecondFactorStore store, SecretCipher cipher, Clock clock,
                        @Value("${platform.security.second-factor.roles:COUNTY_CAST,COUNTY_TALENT,CITY_CAST,CITY_TALENT,"
                                + "EXPERT,SOCIETY_CONTACT,SYSTEM_ADMIN,SECURITY_ADMIN,AUDIT_ADMIN}") String roles,
                        @Value("${platform.security.second-factor.issuer:衢州学会服务站}") String issuer) {
        this.store = store;
        this.cipher = cipher;
        this.clock = clock;
        this.policy = SecondFactorPolicy.of(roles);
        this.issuer = issuer;
    }

    /** What the password step must ask next of an account holding {@code roles}. */
    SecondFactorPolicy.Ask ask(long accountId, Set<Role> roles) {
        return policy.ask(roles, state(accountId));
    }

    /** What a government (OIDC) sign-in must ask next: its identity provider stands in for a factor the holder chose. */
    SecondFactorPolicy.Ask askAfterIdentityProvider(long accountId, Set<Role> roles) {
        return policy.askAfterIdentityProvider(roles, state(accountId));
    }

    public SecondFactorStatus status(long accountId) {
        return store.find(accountId)
                .map(r -> new SecondFactorStatus(r.sealed() != null, r.sealed() == null, r.enrolledAt(),
                        r.sealed() == null ? 0 : store.recoveryCodesLeft(accountId)))
                .orElse(new SecondFactorStatus(false, false, null, 0));
    }

    /** A fresh secret for {@code username}, with the address and QR code an authenticator app scans. */
    public EnrolmentOffer offer(String username) {
        byte[] secret = new byte[Totp.SECRET_BYTES];
        random.nextBytes(secret);
        String base32 = Base32.encode(secret);
        String label = encode(issuer) + ":" + encode(username);
        String address = "otpauth://totp/" + label + "?secret=" + base32 + "&issuer=" + encode(issuer)
                + "&algorithm=SHA1&digits=" + Totp.DIGITS + "&period=" + Totp.STEP_SECONDS;
        return new EnrolmentOffer(base32, address, QrSvg.dataUri(address));
    }

    /**
     * Confirms {@code offer} with the first code from the app: stores the secret and answers the new
     * recovery codes (shown once), or nothing when the code is wrong.
     */
    public Optional<List<String>> enrol(long accountId, EnrolmentOffer offer, String code) {
        String digits = normalise(code);
        if (!digits.matches("\\d{" + Totp.DIGITS + "}")) {
            return Optional.empty();
        }
        byte[] secret = Base32.decode(offer.secret());
        Optional<Long> step = matchingStep(secret, digits);
        if (step.isEmpty()) {
            return Optional.empty();
        }
        List<String> codes = new ArrayList<>();
        List<String> hashes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            String c = recoveryCode();
            codes.add(c);
            hashes.add(hash(normalise(c)));
        }
        store.enrol(accountId, cipher.seal(secret), step.get(), hashes);
        return Optional.of(codes);
    }

    /** Which kind of code got the holder in, if any. */
    public enum Verdict { REFUSED, TOTP, RECOVERY_CODE }

    /**
     * Whether {@code input} is a valid, unused code of the account: a TOTP code of this step (or the
     * drift window) later than the last one accepted, or an unused recovery code. Either is spent.
     */
    public Verdict verify(long accountId, String input) {
        String value = normalise(input);
        Optional<SecondFactorStore.Row> row = store.find(accountId).filter(r -> r.sealed() != null);
        if (row.isEmpty() || value.isEmpty() || value.length() > 32) {
            return Verdict.REFUSED;
        }
        if (value.matches("\\d{" + Totp.DIGITS + "}")) {
            Optional<Long> step = matchingStep(cipher.open(row.get().sealed()), value);
            return step.isPresent() && store.useStep(accountId, step.get()) ? Verdict.TOTP : Verdict.REFUSED;
        }
        return store.useRecoveryCode(accountId, hash(value)) ? Verdict.RECOVERY_CODE : Verdict.REFUSED;
    }

    public void reset(long accountId) {
        store.reset(accountId);
    }

    private SecondFactorPolicy.State state(long accountId) {
        return store.find(accountId)
                .map(r -> r.sealed() == null ? SecondFactorPolicy.State.MUST_ENROL : SecondFactorPolicy.State.ENROLLED)
                .orElse(SecondFactorPolicy.State.NONE);
    }

    private Optional<Long> matchingStep(byte[] secret, String digits) {
        long now = Totp.step(clock.instant());
        for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
            if (MessageDigest.isEqual(Totp.code(secret, step).getBytes(StandardCharsets.US_ASCII),
                    digits.getBytes(StandardCharsets.US_ASCII))) {
                return Optional.of(step);
            }
        }
        return Optional.empty();
    }

    /** Ten characters without look-alikes (no 0/o, 1/l/i), shown as two groups of five. */
    private String recoveryCode() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            if (i == 5) {
                b.append('-');
            }
            b.append(RECOVERY_ALPHABET.charAt(random.nextInt(RECOVERY_ALPHABET.length())));
        }
        return b.toString();
    }

    /** Spaces and hyphens are how people copy codes; they are not part of them. */
    private static String normalise(String input) {
        return input == null ? "" : input.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    }

    /** Recovery codes carry ~49 random bits, so a fast hash is enough (a slow one protects guessable passwords). */
    private static String hash(String code) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(code.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
