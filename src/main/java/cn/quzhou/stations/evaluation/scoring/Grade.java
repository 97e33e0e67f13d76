package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.shared.Labels;

/** The three grades of Art. 17: 优秀, 合格, 不合格. */
@Labels("evaluation.grade")
public enum Grade {
    EXCELLENT, QUALIFIED, UNQUALIFIED;

    /** Whether the year counts as passed (合格) for the grant (Art. 7). */
    public boolean passed() {
        return this != UNQUALIFIED;
    }
}
