package cn.quzhou.stations.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A list page's own address when a handler answers with the list to another one: a POST answered in place (htmx),
 * whose own address and form fields are no list's. The list links ({@code shared.web.ListLinks}) are then built from
 * it, not from the request's.
 */
public final class ListAddresses {

    private static final String SHOWN_AT = ListAddresses.class.getName() + ".shownAt";

    private ListAddresses() {
    }

    /** The current request shows the list at {@code address} (context-relative: path and query). */
    public static void shownAt(String address) {
        try {
            UriComponentsBuilder.fromUriString(address).build();
            RequestContextHolder.currentRequestAttributes().setAttribute(SHOWN_AT, address,
                    RequestAttributes.SCOPE_REQUEST);
        } catch (IllegalArgumentException unparsable) {
            // the links stay the request's: wrong, but never an error page
        }
    }

    /** The list address {@code request} shows, or null: its own. */
    public static String shownAt(HttpServletRequest request) {
        return (String) request.getAttribute(SHOWN_AT);
    }

    /** The query parameters of {@code address} decoded as a form's (+ is a space), in order; broken escapes left out. */
    public static MultiValueMap<String, String> query(String address) {
        MultiValueMap<String, String> out = new LinkedMultiValueMap<>();
        MultiValueMap<String, String> raw;
        try {
            raw = UriComponentsBuilder.fromUriString(address).build().getQueryParams();
        } catch (IllegalArgumentException unparsable) {
            return out;
        }
        raw.forEach((name, values) -> {
            for (String value : values) {
                try {
                    out.add(URLDecoder.decode(name, StandardCharsets.UTF_8),
                            value == null ? "" : URLDecoder.decode(value, StandardCharsets.UTF_8));
                } catch (IllegalArgumentException malformed) {
                    // left out, as a list would not have made it
                }
            }
        });
        return out;
    }
}
