package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.EnumLabels;
import cn.quzhou.stations.shared.Labels;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.MessageSource;

/**
 * The meaning of each value of an enum in {@code /v3/api-docs} (issues #13, #18), in the words the pages show it
 * with: the keys named by the enum's own {@link Labels} ({@code application.status.DRAFT}), else
 * {@code enum.<SimpleName>.<constant>}. The enum's class decides — never a guess from which keys happen to share
 * the constants' names (that found the notifications' "申请书《{0}》为草稿。" for {@code DRAFT}). A missing key shows
 * as the key itself, which {@code EnumMeaningsTests} refuses.
 */
final class EnumMeanings {

    private final MessageSource messages;

    EnumMeanings(MessageSource messages) {
        this.messages = messages;
    }


    /** Sets {@code schema}'s description to the meaning of each of its values, when it has none of its own. */
    void describe(Class<?> type, Schema<?> schema) {
        if (schema == null || schema.getEnum() == null || schema.getDescription() != null) {
            return;
        }
        String prefix = EnumLabels.prefixOf(type);
        StringBuilder text = new StringBuilder();
        schema.getEnum().stream().filter(Objects::nonNull).map(String::valueOf).forEach(value -> {
            String key = prefix + "." + value;
            text.append(text.isEmpty() ? "" : "; ").append(value).append(": ")
                    .append(messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE)).append(" / ")
                    .append(messages.getMessage(key, null, key, Locale.ENGLISH));
        });
        schema.setDescription(text.toString());
    }
}
