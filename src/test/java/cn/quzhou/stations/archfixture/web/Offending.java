package cn.quzhou.stations.archfixture.web;

import cn.quzhou.stations.archfixture.Facade;
import cn.quzhou.stations.archfixture.internal.Hidden;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.stereotype.Controller;

/**
 * A deliberate violation of every rule in {@code ArchitectureRulesTests}: a web class that reaches into its module's
 * persistence, names a time zone, reads the machine's clock and calls a facade method without a permission. The rules
 * must fail on it. Abstract, so that component scanning never makes it a controller of the running platform.
 */
@Controller
public abstract class Offending {

    Hidden hidden = new Hidden();

    Facade facade;

    String page() {
        return facade.unguarded();
    }

    LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    LocalDate machineToday() {
        return LocalDate.now();
    }
}
