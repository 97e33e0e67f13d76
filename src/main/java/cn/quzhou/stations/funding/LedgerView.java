package cn.quzhou.stations.funding;

import cn.quzhou.stations.organisation.SocietyLevel;
import java.math.BigDecimal;

/**
 * A station's funds ledger (专款专用、单列核算): received, spent and the balance (received and spent are null on the
 * ledgers list). Its entries are read a page at a time ({@link FundsLedgers#entries}).
 */
public record LedgerView(long stationId, String stationName, long hostUnitId, String hostUnitName,
                         String jurisdictionName, SocietyLevel level, BigDecimal received, BigDecimal spent,
                         BigDecimal balance, boolean closed) {
}
