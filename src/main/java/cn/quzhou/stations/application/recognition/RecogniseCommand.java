package cn.quzhou.stations.application.recognition;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Issues the joint document for a notice. Blank fields take defaults: today's date, the standard
 * title, and every station of the notice that may be recognised.
 */
public record RecogniseCommand(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                               @Size(max = 200) String title,
                               @Size(max = 200, message = "{input.error.tooMany}") List<Long> applicationIds) {
}
