package cn.quzhou.stations.shared.integrity;

import cn.quzhou.stations.shared.Integrity;

/** Key rings other than the platform's, for tests that need a wrong or a rotated key. */
public final class TestKeys {

    private TestKeys() {
    }

    public static Integrity ring(String algorithm, String keyId, String base64Key, String retiredKeys) {
        return new KeyRing(new IntegrityProperties(algorithm, base64Key, keyId, null, retiredKeys, false));
    }
}
