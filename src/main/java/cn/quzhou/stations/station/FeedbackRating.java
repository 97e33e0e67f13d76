package cn.quzhou.stations.station;

import cn.quzhou.stations.shared.Labels;

/** How the partner society rates its cooperation with a station (Art. 18(6): 合作情况较差 = POOR). */
@Labels("feedback.rating")
public enum FeedbackRating {
    GOOD, FAIR, POOR
}
