package cn.quzhou.stations.shared.web;

import io.swagger.v3.oas.models.media.Schema;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The meaning of each value of an enum in {@code /v3/api-docs} (issue #18), taken from the message bundles the pages
 * show it with: the values {@code A, B} of an enum are explained by the one key prefix {@code p} for which every
 * {@code p.A}, {@code p.B} exists (e.g. {@code application.status.DRAFT}). An enum no bundle names is left as is.
 */
final class EnumMeanings {

    private final MessageSource messages;
    /** value → every key prefix the value appears under ({@code DRAFT} → {@code application.status}, …). */
    private final Map<String, Set<String>> prefixes = new HashMap<>();

    EnumMeanings(MessageSource messages) {
        this.messages = messages;
        try {
            for (Resource bundle : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:i18n/*_zh_CN.properties")) {
                Properties keys = new Properties();
                try (Reader in = new InputStreamReader(bundle.getInputStream(), StandardCharsets.UTF_8)) {
                    keys.load(in);
                }
                keys.stringPropertyNames().stream().filter(key -> key.lastIndexOf('.') > 0).forEach(key -> prefixes
                        .computeIfAbsent(key.substring(key.lastIndexOf('.') + 1), v -> new TreeSet<>())
                        .add(key.substring(0, key.lastIndexOf('.'))));
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the message bundles", e);
        }
    }

    /** Adds the meanings to {@code schema}'s description when it is an enum the bundles explain. */
    void describe(Schema<?> schema) {
        if (schema == null || schema.getEnum() == null || schema.getDescription() != null) {
            return;
        }
        List<String> values = schema.getEnum().stream().filter(Objects::nonNull).map(String::valueOf).toList();
        Set<String> common = null;
        for (String value : values) {
            Set<String> under = prefixes.getOrDefault(value, Set.of());
            common = common == null ? new TreeSet<>(under) : common;
            common.retainAll(under);
        }
        if (common == null || common.isEmpty()) {
            return;
        }
        String prefix = common.iterator().next();
        StringBuilder text = new StringBuilder();
        for (String value : values) {
            String key = prefix + "." + value;
            text.append(text.isEmpty() ? "" : "; ").append(value).append(": ")
                    .append(messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE)).append(" / ")
                    .append(messages.getMessage(key, null, key, Locale.ENGLISH));
        }
        schema.setDescription(text.toString());
    }
}
