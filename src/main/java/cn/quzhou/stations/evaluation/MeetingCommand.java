package cn.quzhou.stations.evaluation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** The CAST party-group meeting's decision on the year's results (Art. 16(3)). */
public record MeetingCommand(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate decidedOn,
        @NotBlank @Size(max = 200) String meetingReference, @NotNull Integer version) {
}
