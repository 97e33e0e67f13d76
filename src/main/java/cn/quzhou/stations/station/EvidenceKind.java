package cn.quzhou.stations.station;

import cn.quzhou.stations.shared.Labels;
import java.util.EnumSet;
import java.util.Set;

/**
 * The events the indicator table (appendix 2) scores, each typed to its item. What each kind needs
 * besides a date and a description: an attendance, a level, or a number of days.
 */
@Labels("evidence.kind")
public enum EvidenceKind {
    REPORT_WITH_ADVICE("B1.2"),
    ADOPTION_OR_INSTRUCTION("B1.2"),
    CONFERENCE("B1.3", Needs.ATTENDANCE),
    SALON_OR_SEMINAR("B1.3"),
    TRAINING("B2.1", Needs.ATTENDANCE),
    TALENT_OR_WORKSTATION("B2.1"),
    ENTERPRISE_INTRODUCED("B2.2"),
    RESULT_INDUSTRIALISED("C1"),
    NATIONAL_OR_INDUSTRY_STANDARD("C1"),
    GROUP_STANDARD("C1"),
    TECHNICAL_PROBLEM_SOLVED("C2"),
    AWARD("C3", Needs.AWARD_LEVEL),
    MEDIA_REPORT("C4", Needs.MEDIA_LEVEL),
    EXPERT_DAYS_ON_SITE("B1.1", Needs.DAYS);

    /** What a kind of evidence must carry. */
    public enum Needs {
        ATTENDANCE, AWARD_LEVEL, MEDIA_LEVEL, DAYS
    }

    private final String item;
    private final Set<Needs> needs;

    EvidenceKind(String item, Needs... needs) {
        this.item = item;
        this.needs = needs.length == 0 ? EnumSet.noneOf(Needs.class) : EnumSet.of(needs[0], needs);
    }

    /** The indicator item (appendix 2) this evidence is scored under. */
    public String item() {
        return item;
    }

    public boolean needs(Needs need) {
        return needs.contains(need);
    }
}
