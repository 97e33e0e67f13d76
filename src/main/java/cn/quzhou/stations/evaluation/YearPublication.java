package cn.quzhou.stations.evaluation;

import java.time.LocalDate;

/** A year's publication: the document number and date of its version 1 results (the earliest publication). */
public record YearPublication(String documentNumber, LocalDate publishedOn) {
}
