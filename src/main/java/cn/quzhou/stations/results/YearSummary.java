package cn.quzhou.stations.results;

import java.time.LocalDate;

/** A published evaluation year as the signed-in user sees it: its document and the grades in force within scope. */
public record YearSummary(int year, String documentNumber, LocalDate publishedOn, int stations, int excellent,
        int qualified, int unqualified, int corrected) {
}
