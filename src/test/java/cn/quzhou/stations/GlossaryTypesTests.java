package cn.quzhou.stations;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** docs/glossary.md maps DOMAIN.md's glossary to types: every type it names exists in the main code. */
class GlossaryTypesTests {

    private static final Pattern CODE = Pattern.compile("`([A-Z][A-Za-z]+)`");

    @Test
    void everyTypeTheGlossaryTableNamesExists() throws IOException {
        Set<String> types = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.quzhou.stations").stream().map(JavaClass::getSimpleName)
                .collect(Collectors.toSet());
        List<String> named = namedTypes();
        assertThat(named).as("the glossary table in docs/glossary.md").hasSizeGreaterThan(30);
        assertThat(named).allSatisfy(name -> assertThat(types).as("type %s", name).contains(name));
    }

    /** The backticked names of the table's last column that start a word in capitals, enum constants aside. */
    private static List<String> namedTypes() throws IOException {
        String table = Files.readString(Path.of("docs/glossary.md"));
        return table.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| 中文"))
                .map(l -> l.substring(l.lastIndexOf('|', l.length() - 2) + 1))
                .flatMap(types -> {
                    Matcher m = CODE.matcher(types);
                    return m.results().map(r -> r.group(1));
                })
                .filter(name -> !name.equals(name.toUpperCase()))
                .toList();
    }
}
