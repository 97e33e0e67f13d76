package cn.quzhou.stations.organisation;

import java.io.Serial;
import java.io.Serializable;

/**
 * A new TOTP secret offered for enrolment: {@code secret} in Base32 for typing by hand, {@code address}
 * the otpauth:// address, {@code qrCode} that address as an image (a data: address). Kept in the
 * session until the holder confirms it with a first code; never shown again after that.
 */
public record EnrolmentOffer(String secret, String address, String qrCode) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;
}
