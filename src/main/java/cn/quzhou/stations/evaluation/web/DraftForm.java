package cn.quzhou.stations.evaluation.web;

import cn.quzhou.stations.evaluation.DeclarableParts;
import cn.quzhou.stations.evaluation.ReportView;
import cn.quzhou.stations.evaluation.SelfReportCommand;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

/** The self-report form: the summary, the declared parts ("item:part"), A2.3's tier, A2.1's coverage. */
record DraftForm(@Size(max = 10000) String summary, Set<String> parts, @Size(max = 40) String reach,
                 @DecimalMin("0") @DecimalMax("100") BigDecimal coverage, Integer version) {

    static DraftForm of(ReportView r) {
        Set<String> parts = new LinkedHashSet<>();
        String[] reach = {null};
        r.declarations().forEach((item, ps) -> {
            if (item.equals(DeclarableParts.REACH_ITEM)) {
                reach[0] = ps.iterator().next();
            } else {
                ps.forEach(p -> parts.add(item + ":" + p));
            }
        });
        return new DraftForm(r.summary(), parts, reach[0], r.coverage(), r.version());
    }

    SelfReportCommand command() {
        return new SelfReportCommand(summary, parts, reach, coverage);
    }
}
