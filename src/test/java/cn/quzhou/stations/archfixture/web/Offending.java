package cn.quzhou.stations.archfixture.web;

import cn.quzhou.stations.archfixture.internal.Hidden;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A deliberate violation of every rule in {@code ArchitectureRulesTests}: a web class that reaches into its module's
 * persistence, names a time zone and reads the machine's clock. The rules must fail on it.
 */
public class Offending {

    Hidden hidden = new Hidden();

    LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    LocalDate machineToday() {
        return LocalDate.now();
    }
}
