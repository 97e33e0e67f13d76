package cn.quzhou.stations.application.notice;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Opens a public notice for the listed applications (each in PUBLIC_NOTICE and in no other notice).
 * Blank dates take the defaults ({@link NoticeDefaults}); both dates are inclusive.
 */
public record OpenNoticeCommand(@Size(max = 200) String title, @Size(max = 100) String number,
                                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate startDate,
                                @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate endDate,
                                @Size(max = 200, message = "{input.error.tooMany}") List<Long> applicationIds) {
}
