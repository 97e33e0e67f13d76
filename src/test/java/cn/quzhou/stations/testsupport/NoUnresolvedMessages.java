package cn.quzhou.stations.testsupport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultMatcher;

/**
 * Applied to every MockMvc request of every page test ({@link TestPlatformConfiguration}): an HTML page never shows
 * Thymeleaf's {@code ??key_locale??} for a message it could not resolve (nor an exception put where a key belongs).
 */
public final class NoUnresolvedMessages implements ResultMatcher {

    /** Thymeleaf writes an unresolved key as {@code ??key_zh_CN??}. */
    static final Pattern UNRESOLVED = Pattern.compile("\\?\\?[^\\s?<>\"]+_(?:zh_CN|en|zh|en_US)\\?\\?|\\?\\?[\\w.$]+Exception");

    @Override
    public void match(MvcResult result) throws Exception {
        String type = result.getResponse().getContentType();
        if (type == null || !type.startsWith("text/html")) {
            return;
        }
        String found = firstUnresolved(result.getResponse().getContentAsString());
        if (found != null) {
            throw new AssertionError("The page " + result.getRequest().getRequestURI()
                    + " renders an unresolved message: " + found);
        }
    }

    /** The first unresolved message in {@code html}, or null. */
    public static String firstUnresolved(String html) {
        Matcher m = UNRESOLVED.matcher(html);
        return m.find() ? m.group() : null;
    }
}
