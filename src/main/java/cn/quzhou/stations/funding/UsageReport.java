package cn.quzhou.stations.funding;

import java.math.BigDecimal;
import java.util.List;

/**
 * A station's yearly funds-usage report: spending by category of Art. 9 (net of reversals) in the year and to its
 * end, against the grants received.
 */
public record UsageReport(long stationId, String stationName, String hostUnitName, String jurisdictionName, int year,
                          BigDecimal receivedInYear, BigDecimal receivedToDate, BigDecimal spentInYear,
                          BigDecimal spentToDate, List<Line> lines) {

    public BigDecimal balanceAtYearEnd() {
        return receivedToDate.subtract(spentToDate);
    }

    /** One category; {@code sub} for the sub-categories of project cooperation. */
    public record Line(String code, String name, boolean sub, BigDecimal spentInYear, BigDecimal spentToDate) {
    }
}
