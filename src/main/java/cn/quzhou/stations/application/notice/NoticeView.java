package cn.quzhou.stations.application.notice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A notice for the city offices: its stations with their status now, its objections, and whether it
 * is running ({@code open}), over ({@code ended}) and recognised.
 */
public record NoticeView(long id, String title, String number, LocalDate startDate, LocalDate endDate,
                         String openedBy, Instant openedAt, List<NoticeStation> stations,
                         List<ObjectionView> objections, boolean open, boolean ended, long openObjections,
                         Long recognitionId, String recognitionNumber) {
}
