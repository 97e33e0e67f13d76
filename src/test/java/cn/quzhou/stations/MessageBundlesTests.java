package cn.quzhou.stations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class MessageBundlesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");

    @Test
    void chineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
        List<Path> chinese = chineseBundles();
        assertThat(chinese).hasSizeGreaterThan(1);
        for (Path zh : chinese) {
            String en = RESOURCES.relativize(zh).toString().replace("_zh_CN.properties", "_en.properties");
            assertThat(new TreeSet<>(keys(en))).as(en).isEqualTo(new TreeSet<>(keys(RESOURCES.relativize(zh).toString())));
        }
        assertThat(keys("messages_zh_CN.properties")).isNotEmpty();
    }

    @Test
    void noKeyIsDefinedInTwoBundles() throws IOException {
        Set<String> seen = new TreeSet<>();
        Set<String> twice = new TreeSet<>();
        for (Path zh : chineseBundles()) {
            for (String key : keys(RESOURCES.relativize(zh).toString())) {
                if (!seen.add(key)) {
                    twice.add(key);
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void noKeyIsDefinedTwiceInOneBundle() throws IOException {
        // Properties keeps the later of two lines silently: the earlier text, often the one meant, is lost
        Set<String> twice = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            for (Path bundle : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
                Set<String> seen = new java.util.HashSet<>();
                for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                    String key = line.strip().split("\\s*[=:]", 2)[0];
                    if (!key.isEmpty() && !key.startsWith("#") && !key.startsWith("!") && line.contains("=")
                            && !Character.isWhitespace(line.charAt(0)) && !seen.add(key)) {
                        twice.add(RESOURCES.relativize(bundle) + ": " + key);
                    }
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    private static List<Path> chineseBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().endsWith("_zh_CN.properties")).sorted().toList();
        }
    }

    @Test
    void everyLiteralMessageKeyInTheTemplatesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path zh : chineseBundles()) {
            known.addAll(keys(RESOURCES.relativize(zh).toString()));
        }
        Pattern literal = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(RESOURCES.resolve("templates"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** A page message named in Java ({@code Forms.notice/problem}, {@code PageMessage.of}) exists in the bundles. */
    @Test
    void everyLiteralPageMessageKeyInTheJavaSourcesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        for (Path zh : chineseBundles()) {
            known.addAll(keys(RESOURCES.relativize(zh).toString()));
        }
        Pattern literal = Pattern.compile("(?:Forms\\.(?:notice|problem|unconfirmed|act|attempt)\\(\\w+,\\s*"
                + "|Forms\\.(?:submit|created)\\(\\w+,(?:\\s*\\w+,)+\\s*|PageMessage\\.of\\()\"([a-zA-Z][\\w.]*)\"\\s*[,)]");
        Set<String> missing = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    seen++;
                    if (!known.contains(m.group(1))) {
                        missing.add(file.getFileName() + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(seen).as("page messages found in the sources").isGreaterThan(20);
        assertThat(missing).isEmpty();
    }

    /**
     * Every bean validation constraint the code uses has our own message in both bundles, so that no field ever shows
     * the validator's default text (a raw "最大不能超过366" on the application form, issue #14 item 2).
     */
    @Test
    void everyConstraintTheCodeUsesHasOurOwnDefaultMessage() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern constraint = Pattern.compile("import jakarta\\.validation\\.constraints\\.(\\w+);");
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = constraint.matcher(Files.readString(file));
                while (m.find()) {
                    used.add("jakarta.validation.constraints." + m.group(1) + ".message");
                }
            }
        }
        assertThat(used).as("constraints found in the sources").contains("jakarta.validation.constraints.Max.message");
        assertThat(keys("messages_zh_CN.properties")).containsAll(used);
        assertThat(keys("messages_en.properties")).containsAll(used);
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties p = new Properties();
        try (Reader r = new InputStreamReader(Files.newInputStream(RESOURCES.resolve(bundle)), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p.stringPropertyNames();
    }
}
