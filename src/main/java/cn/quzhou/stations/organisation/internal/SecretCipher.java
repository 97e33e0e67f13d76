package cn.quzhou.stations.organisation.internal;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals TOTP secrets for the database. With {@code platform.security.second-factor.key} (env
 * {@code PLATFORM_SECOND_FACTOR_KEY}: 32 random bytes in Base64, e.g. {@code openssl rand -base64 32})
 * a secret is stored AES-256-GCM encrypted ("aes:" + Base64 of nonce and cipher text), so a copy of
 * the database alone does not yield the secrets. The platform refuses to start without the key (the demo
 * and test profiles carry fixed development keys); "plain:" + Base32 secrets written by earlier versions
 * stay readable, and a sealed secret without the key is an error, never silently ignored.
 */
@Component
class SecretCipher {

    private static final Logger log = LoggerFactory.getLogger(SecretCipher.class);
    private static final String AES = "aes:";
    private static final String PLAIN = "plain:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    @org.springframework.beans.factory.annotation.Autowired
    SecretCipher(@Value("${platform.security.second-factor.key:}") String key) {
        this(key, true);
    }

    /** {@code required}: refuse a missing key (always, but in the unit tests of the "plain:" form). */
    SecretCipher(String key, boolean required) {
        if (key == null || key.isBlank()) {
            if (required) {
                throw new IllegalStateException("PLATFORM_SECOND_FACTOR_KEY (platform.security.second-factor.key) is not "
                        + "set: TOTP secrets must be stored encrypted. Give 32 random bytes in Base64 "
                        + "(openssl rand -base64 32).");
            }
            this.key = null;
            log.warn("platform.security.second-factor.key is not set: TOTP secrets are stored unencrypted");
        } else {
            byte[] bytes = Base64.getDecoder().decode(key.strip());
            if (bytes.length != 32) {
                throw new IllegalStateException("platform.security.second-factor.key must be 32 bytes in Base64");
            }
            this.key = new SecretKeySpec(bytes, "AES");
        }
    }

    String seal(byte[] secret) {
        if (key == null) {
            return PLAIN + Base32.encode(secret);
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret);
            return AES + Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                    .put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot encrypt a TOTP secret", e);
        }
    }

    byte[] open(String stored) {
        if (stored.startsWith(PLAIN)) {
            return Base32.decode(stored.substring(PLAIN.length()));
        }
        if (!stored.startsWith(AES) || key == null) {
            throw new IllegalStateException("a TOTP secret is encrypted but platform.security.second-factor.key is not set");
        }
        try {
            byte[] all = Base64.getDecoder().decode(stored.substring(AES.length()));
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            return cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot decrypt a TOTP secret (wrong key?)", e);
        }
    }

    boolean encrypts() {
        return key != null;
    }
}
