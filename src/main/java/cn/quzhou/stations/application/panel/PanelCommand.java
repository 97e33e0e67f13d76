package cn.quzhou.stations.application.panel;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Set;

/** Forms a panel: its name and year, the experts chosen from the pool, and the batch of applications at panel review. */
public record PanelCommand(@NotBlank @Size(max = 200) String name, @NotNull @Min(2021) @Max(2100) Integer year,
                           @NotEmpty @Size(max = MAX_EXPERTS, message = "{input.error.tooMany}") Set<Long> expertIds,
                           @NotEmpty @Size(max = MAX_APPLICATIONS, message = "{input.error.tooMany}")
                           Set<Long> applicationIds) {

    /** Bounds of one panel (issue #13: a draft with 10,000 experts was stored): a team, a batch of applications. */
    public static final int MAX_EXPERTS = 50;
    public static final int MAX_APPLICATIONS = 200;
}
