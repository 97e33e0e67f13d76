package cn.quzhou.stations.documents.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform certificate that signs official PDFs ({@code platform.signing.*}).
 *
 * @param keystore             a PKCS#12 file with the private key and its certificate chain (PLATFORM_SIGNING_KEYSTORE)
 * @param password             its password (PLATFORM_SIGNING_PASSWORD)
 * @param alias                the key's alias; the first key entry when empty
 * @param generateSelfSigned   demo and tests only: create a self-signed certificate when the file does not exist
 */
@ConfigurationProperties("platform.signing")
public record SigningProperties(String keystore, String password, String alias, boolean generateSelfSigned) {
}
