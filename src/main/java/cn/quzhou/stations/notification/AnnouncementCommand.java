package cn.quzhou.stations.notification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** An announcement as the city CAST writes it; the body is plain text (shown as typed, line breaks kept). */
public record AnnouncementCommand(@NotBlank @Size(max = 200) String title, @NotNull AnnouncementKind kind,
                                  @NotBlank @Size(max = 20000) String body,
                                  @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate publishedOn, Integer version) {
}
