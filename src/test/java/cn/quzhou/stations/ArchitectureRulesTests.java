package cn.quzhou.stations;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.shared.OpenEntry;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnitAccess;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.security.access.prepost.PostAuthorize;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.stereotype.Controller;

/**
 * The module rules of the house style that {@link ModularityTests} (Spring Modulith) does not see, as ArchUnit rules
 * over the main code. Each rule is also run over {@code archfixture}, a deliberate violation, and must fail there, so
 * that a rule which can no longer fail is noticed.
 */
class ArchitectureRulesTests {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("cn.quzhou.stations");
    private static final JavaClasses VIOLATION = new ClassFileImporter()
            .importPackages("cn.quzhou.stations.archfixture");

    /** A module's persistence is its own business: its pages reach it through the module's API only. */
    private static final ArchRule WEB_NEVER_IMPORTS_INTERNAL = noClasses().that().resideInAPackage("..web..")
            .should().dependOnClassesThat().resideInAPackage("..internal..")
            .because("controllers call their module's facade; internal is the facade's persistence");

    /** Beijing time is named once ({@code shared.Beijing}), so no date can silently be a date in another zone. */
    private static final ArchRule ZONE_NAMED_ONLY_IN_SHARED = noClasses()
            .that().resideOutsideOfPackage("cn.quzhou.stations.shared..")
            .should().callMethod(ZoneId.class, "of", String.class)
            .because("the programme's zone is shared.Beijing.ZONE");

    /**
     * Every rule that depends on time reads the platform's {@link Clock}, which tests and the demo move. The one
     * exception is the self-signed demo certificate, whose validity must be real time for any PDF reader.
     */
    private static final ArchRule NO_MACHINE_CLOCK = noClasses()
            .that().doNotHaveFullyQualifiedName("cn.quzhou.stations.documents.internal.SelfSignedCertificate")
            .should().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDate.class, "now", ZoneId.class)
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now", ZoneId.class)
            .orShould().callMethod(ZonedDateTime.class, "now")
            .orShould().callMethod(ZonedDateTime.class, "now", ZoneId.class)
            .orShould().callMethod(Instant.class, "now")
            .orShould().callMethod(Clock.class, "systemDefaultZone")
            .because("time comes from the injected Clock");

    /**
     * A controller is thin: the permission is the facade's. Every public method of a module's API facade (a Spring
     * component in a module root, or an interface one implements) that a controller calls is guarded with
     * {@code @PreAuthorize}/{@code @PostAuthorize}, or is an {@link OpenEntry} written down as open on purpose.
     */
    private static final ArchRule CONTROLLERS_CALL_GUARDED_FACADES = classes()
            .that().resideInAPackage("..web..").and().areMetaAnnotatedWith(Controller.class)
            .should(callOnlyGuardedFacadeMethods())
            .because("the facade carries the permission, so no page can reach a record past it");

    static Stream<Arguments> rules() {
        return Stream.of(
                Arguments.of(Named.of("web never imports internal", WEB_NEVER_IMPORTS_INTERNAL)),
                Arguments.of(Named.of("only shared names a time zone", ZONE_NAMED_ONLY_IN_SHARED)),
                Arguments.of(Named.of("no clock-less now()", NO_MACHINE_CLOCK)),
                Arguments.of(Named.of("controllers call only guarded facade methods",
                        CONTROLLERS_CALL_GUARDED_FACADES)));
    }

    @ParameterizedTest(name = "{0}: holds in the main code")
    @MethodSource("rules")
    void theRuleHoldsInTheMainCode(ArchRule rule) {
        rule.check(MAIN);
    }

    @ParameterizedTest(name = "{0}: fails on a deliberate violation")
    @MethodSource("rules")
    void theRuleFailsOnADeliberateViolation(ArchRule rule) {
        assertThatThrownBy(() -> rule.check(VIOLATION)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("cn.quzhou.stations.archfixture.web.Offending");
    }

    /** A module split into stages ({@code application.panel}, …) keeps the rules inside each stage. */
    @ParameterizedTest(name = "{0}: fails on a deliberate violation inside a stage")
    @MethodSource("packageRules")
    void thePackageRuleFailsOnADeliberateViolationInsideAStage(ArchRule rule) {
        assertThatThrownBy(() -> rule.check(VIOLATION)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("cn.quzhou.stations.archfixture.stage.web.StageOffending");
    }

    static Stream<Arguments> packageRules() {
        return Stream.of(
                Arguments.of(Named.of("web never imports internal", WEB_NEVER_IMPORTS_INTERNAL)),
                Arguments.of(Named.of("controllers call only guarded facade methods",
                        CONTROLLERS_CALL_GUARDED_FACADES)));
    }

    @org.junit.jupiter.api.Test
    void theMainCodeIsWhatTheRulesRead() {
        assertThat(List.of("cn.quzhou.stations.StationsApplication", "cn.quzhou.stations.shared.Beijing"))
                .allMatch(MAIN::contain);
    }

    private static ArchCondition<JavaClass> callOnlyGuardedFacadeMethods() {
        return new ArchCondition<>("call only @PreAuthorize-guarded or @OpenEntry facade methods") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                List<JavaCodeUnitAccess<?>> calls = new ArrayList<>(controller.getMethodCallsFromSelf());
                calls.addAll(controller.getMethodReferencesFromSelf());
                for (JavaCodeUnitAccess<?> call : calls) {
                    JavaClass owner = call.getTargetOwner();
                    if (call.getTarget().resolveMember().orElse(null) instanceof JavaMethod method
                            && isFacadeMethod(owner, method) && !isGuarded(owner, method)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()
                                + ", which has neither @PreAuthorize nor @OpenEntry"));
                    }
                }
            }
        };
    }

    /**
     * A public method of a Spring component, or of an interface one implements, in a module's root package or in the
     * root of one of its stages (a sub-package other than {@code internal} and {@code web}, as
     * {@code application.panel}).
     */
    private static boolean isFacadeMethod(JavaClass owner, JavaMethod method) {
        return owner.getPackageName().matches("cn\\.quzhou\\.stations\\.[a-z]+(\\.(?!internal$|web$)[a-z]+)?")
                && method.getModifiers().contains(JavaModifier.PUBLIC)
                && (owner.isMetaAnnotatedWith(Component.class) || !implementingComponents(owner).isEmpty());
    }

    /** Guarded where it is declared, or (an interface) in every component that implements it. */
    private static boolean isGuarded(JavaClass owner, JavaMethod method) {
        if (guards(method) || guards(method.getOwner()) || guards(owner)) {
            return true;
        }
        List<JavaClass> implementations = implementingComponents(owner);
        return !implementations.isEmpty() && implementations.stream().allMatch(implementation -> guards(implementation)
                || implementation.tryGetMethod(method.getName(), method.getRawParameterTypes().stream()
                        .map(JavaClass::getName).toArray(String[]::new)).filter(ArchitectureRulesTests::guards)
                        .isPresent());
    }

    private static List<JavaClass> implementingComponents(JavaClass owner) {
        return owner.isInterface()
                ? owner.getAllSubclasses().stream().filter(c -> c.isMetaAnnotatedWith(Component.class)).toList()
                : List.of();
    }

    private static boolean guards(CanBeAnnotated element) {
        return element.isMetaAnnotatedWith(PreAuthorize.class) || element.isMetaAnnotatedWith(PostAuthorize.class)
                || element.isAnnotatedWith(OpenEntry.class);
    }
}
