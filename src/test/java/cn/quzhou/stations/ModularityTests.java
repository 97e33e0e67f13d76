package cn.quzhou.stations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The module boundaries of DEVELOPERS.md hold, and the module documentation is written from them. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(StationsApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyAreaOfTheProgrammeIsAModule() {
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("organisation", "application", "station", "evaluation", "funding", "documents",
                        "reporting", "audit", "shared", "notification", "results");
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules).writeDocumentation();
    }
}
