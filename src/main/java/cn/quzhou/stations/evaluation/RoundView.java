package cn.quzhou.stations.evaluation;

import java.time.LocalDate;
import java.util.List;

/** A year's round with its opinion boxes. */
public record RoundView(long id, int year, LocalDate reportDeadline, LocalDate recognisedBy, RoundStatus status,
        List<Long> tieChosen, String tieReason, LocalDate decidedOn, String meetingReference, String documentNumber,
        LocalDate publishedOn, int version, List<OpinionView> opinions) {
}
