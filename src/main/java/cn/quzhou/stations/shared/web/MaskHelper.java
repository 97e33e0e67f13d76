package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.Masks;
import org.springframework.stereotype.Component;

/** Masking for templates: {@code ${@masks.mask(e.phone())}} shows 138****1234 / z***@example.com in lists. */
@Component("masks")
public class MaskHelper {

    public String mask(String value) {
        return Masks.mask(value);
    }
}
