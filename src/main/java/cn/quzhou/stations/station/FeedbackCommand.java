package cn.quzhou.stations.station;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The society contact's feedback on cooperation with one station (Art. 18(6)). {@code givenOn} must not be in the
 * future (checked against the platform clock by {@link SocietyFeedback}).
 *
 * @param noFurtherCooperation 无进一步合作意向 (absent = not stated): with {@link FeedbackRating#POOR} it proposes revocation
 */
public record FeedbackCommand(@NotNull @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate givenOn,
                              @NotNull FeedbackRating rating,
                              @NotBlank @Size(max = 2000) String text,
                              Boolean noFurtherCooperation) {

    /** An unticked box (web) or an absent field (API) means no such statement. */
    public FeedbackCommand {
        noFurtherCooperation = Boolean.TRUE.equals(noFurtherCooperation);
    }

    /** Poor cooperation and no intention to continue: the sixth cause of Art. 18. */
    public boolean reportsWithdrawal() {
        return rating == FeedbackRating.POOR && noFurtherCooperation;
    }
}
