package cn.quzhou.stations.application.notice;

import java.time.LocalDate;

/**
 * The city's notice and recognition work as 待办 lines, each with the day its oldest item began to wait (null when
 * none): applications recognised for notice but in none yet (since their last change), notices ended and not yet
 * recognised (since the end), joint documents awaiting the city talent office (since prepared) and returned to the
 * city CAST (since returned). No rule puts a deadline on them.
 */
public record NoticeWork(long candidates, LocalDate candidatesSince, long toRecognise, LocalDate toRecogniseSince,
                         long toConfirm, LocalDate toConfirmSince, long returned, LocalDate returnedSince) {
}
