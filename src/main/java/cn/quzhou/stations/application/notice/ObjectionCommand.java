package cn.quzhou.stations.application.notice;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * An objection from the public page about one proposed station ({@code noticeId} may be left out:
 * a station is in one notice only). {@code website} is the honeypot: a field hidden from people;
 * whatever fills it is a bot, and its objection is accepted and dropped.
 */
public record ObjectionCommand(Long noticeId, @NotNull Long applicationId,
                               @NotBlank @Size(max = 50) String name, @NotBlank @Size(max = 100) String contact,
                               @NotBlank @Size(max = 5000) String content, @Size(max = 200) String website) {
}
