package cn.quzhou.stations.shared.integrity;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The integrity key ring ({@code platform.integrity.*}).
 *
 * @param algorithm    HMAC-SM3 (default) or HMAC-SHA256, for new MACs; stored MACs name their own algorithm
 * @param key          the current key, at least 32 random bytes in Base64 (PLATFORM_INTEGRITY_KEY)
 * @param keyId        the current key's id, stored beside every MAC (PLATFORM_INTEGRITY_KEY_ID, default k1)
 * @param keyFile      alternatively a file of {@code id=base64} lines; the last line is the current key unless
 *                     {@code keyId} names another (PLATFORM_INTEGRITY_KEY_FILE)
 * @param retiredKeys  earlier keys kept for verification only, {@code id=base64,id=base64}
 * @param generateKeyFile demo only: create {@code keyFile} with a random key when it does not exist
 */
@ConfigurationProperties("platform.integrity")
record IntegrityProperties(String algorithm, String key, String keyId, String keyFile, String retiredKeys,
                           boolean generateKeyFile) {
}
