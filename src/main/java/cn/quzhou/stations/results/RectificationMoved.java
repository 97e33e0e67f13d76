package cn.quzhou.stations.results;

/** A rectification task took a step of its transition table (event of the aggregate, issue #16). */
public record RectificationMoved(Long rectificationId, RectificationView.Status.Move move, RectificationView.Status from,
        RectificationView.Status to) {
}
