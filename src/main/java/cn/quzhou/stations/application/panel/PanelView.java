package cn.quzhou.stations.application.panel;

import cn.quzhou.stations.application.ApplicationStatus;
import java.time.Instant;
import java.util.List;

/** A panel as the city CAST (or the city talent office) sees it: every sheet, every aggregate, every exclusion. */
public record PanelView(long id, String name, int year, PanelStatus status, SheetPolicyView policy,
                        List<PanelExpert> experts, List<PanelEntryView> entries, List<PanelConflict> exclusions,
                        String overrideReason, Instant formedAt, int version) {

    public boolean sheetsMissing() {
        return entries.stream().anyMatch(e -> !e.score().complete());
    }

    public boolean listForwardable() {
        return status != PanelStatus.SCORING && entries.stream().anyMatch(e -> e.status() == ApplicationStatus.RECOMMENDED);
    }
}
