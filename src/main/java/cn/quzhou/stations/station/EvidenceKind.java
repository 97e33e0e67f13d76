package cn.quzhou.stations.station;

import cn.quzhou.stations.shared.Labels;
import java.util.EnumSet;
import java.util.Set;

/**
 * The events the indicator table (appendix 2) scores — the one list, used where evidence is recorded and where it is
 * scored. The item a kind counts toward is the measures' ({@link EvidenceItems}), not the enum's. What each kind
 * needs besides a date and a description: an attendance, a level, or a number of days.
 */
@Labels("evidence.kind")
public enum EvidenceKind {
    REPORT_WITH_ADVICE,
    ADOPTION_OR_INSTRUCTION,
    CONFERENCE(Needs.ATTENDANCE),
    SALON_OR_SEMINAR,
    TRAINING(Needs.ATTENDANCE),
    TALENT_OR_WORKSTATION,
    ENTERPRISE_INTRODUCED,
    RESULT_INDUSTRIALISED,
    NATIONAL_OR_INDUSTRY_STANDARD,
    GROUP_STANDARD,
    TECHNICAL_PROBLEM_SOLVED,
    AWARD(Needs.AWARD_LEVEL),
    MEDIA_REPORT(Needs.MEDIA_LEVEL),
    EXPERT_DAYS_ON_SITE(Needs.DAYS);

    /** What a kind of evidence must carry. */
    public enum Needs {
        ATTENDANCE, AWARD_LEVEL, MEDIA_LEVEL, DAYS
    }

    private final Set<Needs> needs;

    EvidenceKind(Needs... needs) {
        this.needs = needs.length == 0 ? EnumSet.noneOf(Needs.class) : EnumSet.of(needs[0], needs);
    }

    public boolean needs(Needs need) {
        return needs.contains(need);
    }
}
