package cn.quzhou.stations.funding;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;
import java.util.List;

/** A station's funds ledger (专款专用、单列核算): the balance and every entry, reversed ones included. */
public record LedgerView(long stationId, String stationName, long hostUnitId, String hostUnitName,
                         String jurisdictionName, SocietyLevel level, BigDecimal received, BigDecimal spent,
                         BigDecimal balance, boolean closed, List<EntryView> entries) {
}
