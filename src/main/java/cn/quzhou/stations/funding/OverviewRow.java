package cn.quzhou.stations.funding;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;

/** Money of one year, jurisdiction and level: due, paid, spent (net of reversals) and clawed back. */
public record OverviewRow(int year, long jurisdictionId, String jurisdictionName, SocietyLevel level, BigDecimal due,
                          BigDecimal paid, BigDecimal spent, BigDecimal clawedBack) {
}
