package cn.quzhou.stations.shared;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bouncycastle.crypto.InvalidCipherTextException;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.engines.SM4Engine;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.modes.GCMBlockCipher;
import org.bouncycastle.crypto.params.AEADParameters;
import org.bouncycastle.crypto.params.KeyParameter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Seals personal data (mobiles, e-mails, landlines, ID numbers, bank accounts) for the database: SM4-GCM (Bouncy
 * Castle), a fresh 96-bit nonce per value, stored as {@code sm4:<key id>:<Base64(nonce ‖ ciphertext ‖ tag)>} so a value
 * names the key that sealed it and the key can be rotated: new values use {@code platform.personal-data.key} (id
 * {@code platform.personal-data.key-id}); {@code platform.personal-data.previous-keys} ({@code id:Base64,…}) still
 * open older ones, and the start-up sealing step re-seals them with the current key.
 *
 * <p>The key never lives in the database. Without it the platform refuses to start, naming the setting: personal
 * data is never silently stored in clear. The demo and test profiles carry a fixed development key.
 *
 * <p>{@link #blindIndex} is an HMAC-SM3 of the normalised value under a key derived from the current one, for the
 * searches that must find a value without opening every row (an equality match only).
 */
@Component
public class PersonalDataCipher {

    public static final String SETTING = "platform.personal-data.key";
    private static final String PREFIX = "sm4:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int KEY_BYTES = 16;

    private final SecureRandom random = new SecureRandom();
    private final String currentId;
    private final Map<String, byte[]> keys = new LinkedHashMap<>();
    private final byte[] indexKey;

    public PersonalDataCipher(@Value("${platform.personal-data.key:}") String key,
                              @Value("${platform.personal-data.key-id:1}") String keyId,
                              @Value("${platform.personal-data.previous-keys:}") String previous) {
        if (key == null || key.isBlank()) {
            throw new IllegalStateException(SETTING + " (env PLATFORM_PERSONAL_DATA_KEY) is not set: personal data"
                    + " cannot be encrypted. Set it to 16 random bytes in Base64 (openssl rand -base64 16).");
        }
        if (keyId.isBlank() || keyId.contains(":")) {
            throw new IllegalStateException("platform.personal-data.key-id must be a short name without ':'");
        }
        this.currentId = keyId.strip();
        keys.put(currentId, decode(key, SETTING));
        for (String entry : previous.split(",")) {
            if (!entry.isBlank()) {
                String[] idAndKey = entry.strip().split(":", 2);
                if (idAndKey.length != 2) {
                    throw new IllegalStateException("platform.personal-data.previous-keys must read id:Base64,…");
                }
                keys.putIfAbsent(idAndKey[0], decode(idAndKey[1], "platform.personal-data.previous-keys"));
            }
        }
        this.indexKey = hmac(keys.get(currentId), "blind-index".getBytes(StandardCharsets.UTF_8));
    }

    /** The sealed form of {@code clear}; null and blank stay as they are (nothing to hide, and "empty" stays visible). */
    public String seal(String clear) {
        if (clear == null || clear.isEmpty()) {
            return clear;
        }
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] out = run(true, keys.get(currentId), nonce, clear.getBytes(StandardCharsets.UTF_8));
        byte[] stored = new byte[NONCE_BYTES + out.length];
        System.arraycopy(nonce, 0, stored, 0, NONCE_BYTES);
        System.arraycopy(out, 0, stored, NONCE_BYTES, out.length);
        return PREFIX + currentId + ":" + Base64.getEncoder().encodeToString(stored);
    }

    /** The clear value; a value stored before sealing began (no prefix) is returned as it is. */
    public String open(String stored) {
        if (!isSealed(stored)) {
            return stored;
        }
        int colon = stored.indexOf(':', PREFIX.length());
        String id = stored.substring(PREFIX.length(), colon);
        byte[] key = keys.get(id);
        if (key == null) {
            throw new IllegalStateException("personal data sealed with key '" + id + "', which is not configured ("
                    + SETTING + " / platform.personal-data.previous-keys)");
        }
        byte[] all = Base64.getDecoder().decode(stored.substring(colon + 1));
        byte[] nonce = java.util.Arrays.copyOf(all, NONCE_BYTES);
        byte[] body = java.util.Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return new String(run(false, key, nonce, body), StandardCharsets.UTF_8);
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Whether {@code stored} should be sealed again: clear, or sealed under a key that is no longer current. */
    public boolean needsSealing(String stored) {
        if (stored == null || stored.isEmpty()) {
            return false;
        }
        return !isSealed(stored) || !stored.startsWith(PREFIX + currentId + ":");
    }

    /** The blind index of a value (trimmed, lower-cased): equal values give equal indexes, nothing else is revealed. */
    public String blindIndex(String clear) {
        if (clear == null || clear.isBlank()) {
            return null;
        }
        byte[] normalised = clear.strip().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(hmac(indexKey, normalised));
    }

    private static byte[] run(boolean encrypt, byte[] key, byte[] nonce, byte[] in) {
        GCMBlockCipher gcm = (GCMBlockCipher) GCMBlockCipher.newInstance(new SM4Engine());
        gcm.init(encrypt, new AEADParameters(new KeyParameter(key), TAG_BITS, nonce));
        byte[] out = new byte[gcm.getOutputSize(in.length)];
        int n = gcm.processBytes(in, 0, in.length, out, 0);
        try {
            gcm.doFinal(out, n);
        } catch (InvalidCipherTextException e) {
            throw new IllegalStateException("personal data does not open with its key: altered or wrong key", e);
        }
        return out;
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        HMac mac = new HMac(new SM3Digest());
        mac.init(new KeyParameter(key));
        mac.update(data, 0, data.length);
        byte[] out = new byte[mac.getMacSize()];
        mac.doFinal(out, 0);
        return out;
    }

    private static byte[] decode(String base64, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not Base64", e);
        }
        if (key.length != KEY_BYTES) {
            throw new IllegalStateException(setting + " must be 16 bytes (SM4-128) in Base64, not " + key.length);
        }
        return key;
    }
}
