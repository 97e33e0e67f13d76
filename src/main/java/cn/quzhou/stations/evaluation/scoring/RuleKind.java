package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.shared.Labels;

/** How an indicator item turns its inputs into points. The part codes each kind relies on are named below. */
@Labels("evaluation.ruleKind")
public enum RuleKind {
    /** Each declared part earns its points (A1.1, A1.2, A2.2). Input: declared part codes. */
    CHECK_ITEM,
    /**
     * Only the best tier reached counts (A2.1, A2.3, "以最高分计"). Input: declared tier codes, or a measured value
     * reaching every tier whose {@code threshold} it meets.
     */
    HIGHEST_TIER,
    /**
     * A measured value earns the points of the highest threshold it meets, thresholds inclusive (B1.1, decision D1).
     * Input: the measure (average expert days per year).
     */
    THRESHOLDS,
    /** Each qualifying event earns its part's points, up to the item's cap (B1.2, B1.3, B2.1, B2.2). */
    PER_EVENT_CAPPED,
    /** Each qualifying event earns its part's points, no cap (C1, C2: 本项不封顶). */
    PER_EVENT_UNCAPPED,
    /**
     * C3: the part {@code BASE} is earned by one award of at least its level; every further award adds the part
     * of its own level. The lowest-level award is the base (decision D2). Uncapped.
     */
    AWARD_LADDER,
    /**
     * C4: the experts' judgement, from 0 to the points of part {@code JUDGEMENT}, plus each media report the part
     * of its level (decision D3). Uncapped.
     */
    EXPERT_JUDGEMENT
}
