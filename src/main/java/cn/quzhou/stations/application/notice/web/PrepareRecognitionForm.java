package cn.quzhou.stations.application.notice.web;

import cn.quzhou.stations.application.recognition.RecogniseCommand;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** The city CAST's preparation of the joint document on the notice page; {@code confirmed}: the tick under the consequence. */
public record PrepareRecognitionForm(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate issuedOn,
                              @Size(max = 200) String title,
                              @Size(max = 200, message = "{input.error.tooMany}") List<Long> applicationIds,
                              Boolean confirmed) {

    RecogniseCommand command() {
        return new RecogniseCommand(issuedOn, title, applicationIds);
    }

    /** The tick under the stated consequence (absent when not ticked). */
    boolean ticked() {
        return Boolean.TRUE.equals(confirmed);
    }

    public boolean lists(Long applicationId) {
        return applicationIds != null && applicationIds.contains(applicationId);
    }
}
