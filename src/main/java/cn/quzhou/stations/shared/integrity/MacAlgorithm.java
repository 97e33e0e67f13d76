package cn.quzhou.stations.shared.integrity;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;
import org.bouncycastle.crypto.Digest;
import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.bouncycastle.crypto.macs.HMac;
import org.bouncycastle.crypto.params.KeyParameter;

/** The HMACs the platform can make: SM3 (GM/T 0004, the 密评 default) and SHA-256. The prefix is stored with a MAC. */
enum MacAlgorithm {

    HMAC_SM3("sm3", SM3Digest::new),
    HMAC_SHA256("sha256", SHA256Digest::new);

    final String prefix;
    private final Supplier<Digest> digest;

    MacAlgorithm(String prefix, Supplier<Digest> digest) {
        this.prefix = prefix;
        this.digest = digest;
    }

    /** {@code HMAC-SM3}, {@code hmac-sha256}, {@code HMAC_SHA256} … ; null when unknown. */
    static MacAlgorithm named(String name) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT).replace('-', '_');
        for (MacAlgorithm a : values()) {
            if (a.name().equals(n)) {
                return a;
            }
        }
        return null;
    }

    static MacAlgorithm ofPrefix(String prefix) {
        for (MacAlgorithm a : values()) {
            if (a.prefix.equals(prefix)) {
                return a;
            }
        }
        return null;
    }

    String mac(byte[] key, String canonical) {
        HMac hmac = new HMac(digest.get());
        hmac.init(new KeyParameter(key));
        byte[] in = canonical.getBytes(StandardCharsets.UTF_8);
        hmac.update(in, 0, in.length);
        byte[] out = new byte[hmac.getMacSize()];
        hmac.doFinal(out, 0);
        return prefix + ":" + HexFormat.of().formatHex(out);
    }
}
