package cn.quzhou.stations.application.notice;

import java.time.LocalDate;
import java.util.List;

/** An open notice as the public sees it (and the public JSON list gives it). */
public record PublicNoticeView(long id, String title, String number, LocalDate startDate, LocalDate endDate,
                               List<NoticeStation> stations) {
}
