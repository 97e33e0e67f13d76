package cn.quzhou.stations.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/** One member of the station's expert team (进站专家团队); a row left blank is ignored. */
public record ExpertMember(@Size(max = 50) String name, @Size(max = 100) String title, @Size(max = 100) String field,
                           @Size(max = 200) String organisation, @Min(0) @Max(366) Integer plannedDays) {

    public boolean blank() {
        return isBlank(name) && isBlank(title) && isBlank(field) && isBlank(organisation) && plannedDays == null;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
