package cn.quzhou.stations.shared.integrity;

import cn.quzhou.stations.shared.Integrity;
import cn.quzhou.stations.shared.OwnerOnlyFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The keys of {@link Integrity}, read once at start. A missing or malformed key stops the platform with a message
 * naming the setting: it never runs with unkeyed records.
 */
@Component
@EnableConfigurationProperties(IntegrityProperties.class)
class KeyRing implements Integrity {

    private static final Logger log = LoggerFactory.getLogger(KeyRing.class);
    private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_.-]{1,32}");
    static final String HOW = "at least 32 random bytes in Base64 (openssl rand -base64 32)";

    private final Map<String, byte[]> keys = new LinkedHashMap<>();
    private final String currentId;
    private final MacAlgorithm algorithm;

    KeyRing(IntegrityProperties p) {
        algorithm = MacAlgorithm.named(StringUtils.hasText(p.algorithm()) ? p.algorithm() : "HMAC-SM3");
        if (algorithm == null) {
            throw new IllegalStateException("platform.integrity.algorithm must be HMAC-SM3 or HMAC-SHA256, not "
                    + p.algorithm());
        }
        String id = StringUtils.hasText(p.keyId()) ? p.keyId().strip() : null;
        if (StringUtils.hasText(p.key())) {
            id = id == null ? "k1" : id;
            keys.put(checkedId(id, "platform.integrity.key-id (PLATFORM_INTEGRITY_KEY_ID)"),
                    decode(p.key(), "platform.integrity.key (PLATFORM_INTEGRITY_KEY)"));
        } else if (StringUtils.hasText(p.keyFile())) {
            String last = readFile(Path.of(p.keyFile()), p.generateKeyFile());
            id = id == null ? last : id;
        } else {
            throw new IllegalStateException("No integrity key: set platform.integrity.key (PLATFORM_INTEGRITY_KEY) or "
                    + "platform.integrity.key-file (PLATFORM_INTEGRITY_KEY_FILE) to " + HOW + ". The audit chain and "
                    + "the seals of results and payments are never written unkeyed.");
        }
        if (StringUtils.hasText(p.retiredKeys())) {
            for (String entry : p.retiredKeys().split(",")) {
                putEntry(entry, "platform.integrity.retired-keys");
            }
        }
        if (!keys.containsKey(id)) {
            throw new IllegalStateException("platform.integrity.key-id names " + id + ", which no configured key has");
        }
        currentId = id;
        log.info("Integrity key ring: {} (current key {}, {} key(s) for verification)", algorithm, currentId, keys.size());
    }

    @Override
    public Seal seal(String canonical) {
        return new Seal(currentId, algorithm.mac(keys.get(currentId), canonical));
    }

    @Override
    public Check check(String keyId, String canonical, String mac) {
        byte[] key = keyId == null ? null : keys.get(keyId);
        int colon = mac == null ? -1 : mac.indexOf(':');
        MacAlgorithm a = colon < 0 ? null : MacAlgorithm.ofPrefix(mac.substring(0, colon));
        if (key == null) {
            return Check.KEY_UNAVAILABLE;
        }
        // constant-time comparison: the verifier must not leak how much of a forged MAC was right
        return a != null && java.security.MessageDigest.isEqual(a.mac(key, canonical).getBytes(), mac.getBytes())
                ? Check.VALID : Check.INVALID;
    }

    private String readFile(Path file, boolean generate) {
        try {
            if (!Files.exists(file)) {
                if (!generate) {
                    throw new IllegalStateException("platform.integrity.key-file (PLATFORM_INTEGRITY_KEY_FILE) names "
                            + file.toAbsolutePath() + ", which does not exist");
                }
                OwnerOnlyFile.create(file, "dev=" + OwnerOnlyFile.randomBase64(32) + "\n");
                log.warn("Generated a development integrity key in {} (demo only; production gives its own key)",
                        file.toAbsolutePath());
            }
            String last = null;
            for (String line : Files.readAllLines(file)) {
                if (StringUtils.hasText(line) && !line.strip().startsWith("#")) {
                    last = putEntry(line, "platform.integrity.key-file " + file.toAbsolutePath());
                }
            }
            if (last == null) {
                throw new IllegalStateException("platform.integrity.key-file " + file.toAbsolutePath() + " holds no key");
            }
            return last;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read platform.integrity.key-file " + file, e);
        }
    }

    private String putEntry(String entry, String setting) {
        int eq = entry.indexOf('=');
        if (eq < 0) {
            throw new IllegalStateException(setting + ": each key is written id=base64");
        }
        String id = checkedId(entry.substring(0, eq).strip(), setting);
        keys.put(id, decode(entry.substring(eq + 1), setting + " (key " + id + ")"));
        return id;
    }

    private static String checkedId(String id, String setting) {
        if (!KEY_ID.matcher(id).matches()) {
            throw new IllegalStateException(setting + ": a key id is 1–32 letters, digits, '.', '_' or '-', not " + id);
        }
        return id;
    }

    private static byte[] decode(String base64, String setting) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(setting + " is not Base64: it must be " + HOW);
        }
        if (key.length < 32) {
            throw new IllegalStateException(setting + " is too short (" + key.length + " bytes): it must be " + HOW);
        }
        return key;
    }
}
