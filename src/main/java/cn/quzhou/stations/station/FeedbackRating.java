package cn.quzhou.stations.station;

/** How the partner society rates its cooperation with a station (Art. 18(6): 合作情况较差 = POOR). */
public enum FeedbackRating {
    GOOD, FAIR, POOR
}
