package cn.quzhou.stations.application.notice;

import cn.quzhou.stations.shared.Input;

/** The notice lists' filters, each optional: where the notice stands today, and the (Beijing) year it starts in. */
public record NoticeFilter(NoticeState state, Integer year) {

    public static NoticeFilter none() {
        return new NoticeFilter(null, null);
    }

    /** The filters as typed in a page's address, leniently: an unknown value filters nothing (never a 500). */
    public static NoticeFilter lenient(String state, String year) {
        NoticeState parsed = Input.constant(NoticeState.class, state);
        Integer y = null;
        try {
            y = year == null || year.isBlank() ? null : Math.max(1, Math.min(9998, Integer.parseInt(year.strip())));
        } catch (NumberFormatException e) {
            // not a year: no filter
        }
        return new NoticeFilter(parsed, y);
    }
}
