package cn.quzhou.stations.application.notice;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A notice as a row of the city offices' list: how many stations it proposes, how many objections wait, where it
 * stands today and its recognition document, if issued.
 */
public record NoticeSummary(long id, String title, String number, LocalDate startDate, LocalDate endDate,
                            Instant openedAt, int stations, long openObjections, NoticeState state,
                            Long recognitionId, String recognitionNumber) {
}
