package cn.quzhou.stations.evaluation.scoring;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The scoring engine is pure Java: it can be read, tested and benchmarked without the platform. */
class ScoringPackageTests {

    @Test
    void theScoringPackageUsesNoSpringNoJakartaAndNoDatabase() {
        JavaClasses scoring = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.quzhou.stations.evaluation.scoring");
        // package-info only carries the Modulith metadata that lets other modules use the scoring types
        noClasses().that().doNotHaveSimpleName("package-info").should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "jakarta..",
                "javax.persistence..", "java.sql..", "org.hibernate..")
                .check(scoring);
    }
}
