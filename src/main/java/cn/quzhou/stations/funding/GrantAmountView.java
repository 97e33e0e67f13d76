package cn.quzhou.stations.funding;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line of the grant table (Art. 7): what a station of {@code level} gets after a passed n-th year. */
public record GrantAmountView(LocalDate effectiveFrom, String source, SocietyLevel level, int stationYear,
                              BigDecimal amount) {
}
