package cn.quzhou.stations.reporting;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * Stations recognised, county (属地) × level × year, report-grade: a line per county and level, a subtotal per county,
 * the grand total, and for each year the change against the year before. {@code years} are the columns shown; the
 * lines also hold the year before the first column, so that its change can be stated.
 */
public record CrossTable(List<Integer> years, List<Line> lines, Line total) {

    /** One line: {@code level} null for a county's subtotal, {@code jurisdiction} null for the grand total. */
    public record Line(Long jurisdictionId, String jurisdiction, SocietyLevel level, Map<Integer, Long> counts, List<Integer> years) {

        public long count(int year) {
            return counts.getOrDefault(year, 0L);
        }

        /** The line's total over the columns shown. */
        public long total() {
            return years.stream().mapToLong(this::count).sum();
        }

        /** The change against the year before, in stations. */
        public long delta(int year) {
            return count(year) - count(year - 1);
        }

        /** The change against the year before as a fraction (0.25 = +25 %); null when the year before had none. */
        public BigDecimal change(int year) {
            long before = count(year - 1);
            return before == 0 ? null
                    : BigDecimal.valueOf(count(year) - before).divide(BigDecimal.valueOf(before), 4, RoundingMode.HALF_UP);
        }

        public boolean subtotal() {
            return level == null;
        }

        /** The last column's change: the year-on-year figure of the line. */
        public BigDecimal latestChange() {
            return years.isEmpty() ? null : change(years.get(years.size() - 1));
        }
    }
}
