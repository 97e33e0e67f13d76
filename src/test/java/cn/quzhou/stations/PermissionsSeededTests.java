package cn.quzhou.stations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.testsupport.PlatformTest;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Every permission a guard names exists in the permission table the migrations seed: a guard naming a permission
 * nobody can hold would lock a page away from every role without any test noticing (the access matrix only sees the
 * roles' outcomes).
 */
class PermissionsSeededTests extends PlatformTest {

    private static final Pattern QUOTED = Pattern.compile("'([a-z-]+:[a-z-]+)'");

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyPermissionNamedByAGuardIsSeeded() {
        Set<String> named = namedByGuards();
        Set<String> seeded = new TreeSet<>(jdbc.sql("select code from permission").query(String.class).list());
        assertThat(named).as("permissions named by @PreAuthorize").hasSizeGreaterThan(20);
        assertThat(seeded).containsAll(named);
    }

    private static Set<String> namedByGuards() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.quzhou.stations");
        Set<String> named = new TreeSet<>();
        for (JavaClass c : classes) {
            Stream.concat(c.tryGetAnnotationOfType(PreAuthorize.class).stream(), c.getMethods().stream()
                    .flatMap(method -> method.tryGetAnnotationOfType(PreAuthorize.class).stream()))
                    .map(PreAuthorize::value)
                    .forEach(expression -> {
                        Matcher m = QUOTED.matcher(expression);
                        while (m.find()) {
                            named.add(m.group(1));
                        }
                    });
        }
        return named;
    }
}
