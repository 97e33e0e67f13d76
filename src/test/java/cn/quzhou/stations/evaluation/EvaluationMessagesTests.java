package cn.quzhou.stations.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.evaluation.scoring.Level;
import cn.quzhou.stations.evaluation.scoring.RuleKind;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every explanation, reason and error key the scoring engine and grading produce has a Chinese and English text. */
class EvaluationMessagesTests {

    private static final Path SOURCES = Path.of("src/main/java/cn/quzhou/stations/evaluation/scoring");

    @Test
    void everyKeyTheEngineProducesIsInBothBundles() throws IOException {
        Set<String> used = new TreeSet<>();
        Pattern literal = Pattern.compile("\"(evaluation\\.[a-z]+\\.[a-z]+\\.[a-zA-Z]+)\"");
        Pattern prefixed = Pattern.compile("(NOTE|ERROR|REASON|error) \\+ \"([a-zA-Z]+)\"");
        try (Stream<Path> files = Files.list(SOURCES)) {
            for (Path file : files.toList()) {
                String text = Files.readString(file);
                Matcher m = literal.matcher(text);
                while (m.find()) {
                    used.add(m.group(1));
                }
                m = prefixed.matcher(text);
                while (m.find()) {
                    String prefix = switch (m.group(1)) {
                        case "NOTE" -> "evaluation.scoring.note.";
                        case "ERROR" -> "evaluation.scoring.error.";
                        case "REASON" -> "evaluation.grading.reason.";
                        default -> "evaluation.grading.error.";
                    };
                    used.add(prefix + m.group(2));
                }
            }
        }
        Arrays.stream(Grade.values()).forEach(g -> used.add("evaluation.grade." + g));
        Arrays.stream(Level.values()).forEach(l -> used.add("evaluation.level." + l));
        Arrays.stream(RuleKind.values()).forEach(k -> used.add("evaluation.ruleKind." + k));

        assertThat(used).contains("evaluation.scoring.note.attendanceMissing", "evaluation.scoring.note.belowAttendance",
                "evaluation.grading.reason.tieChosen", "evaluation.grading.error.notInTie");
        assertThat(keys("evaluation_zh_CN.properties")).containsAll(used);
        assertThat(keys("evaluation_en.properties")).containsAll(used);
    }

    private static Set<String> keys(String bundle) throws IOException {
        Properties p = new Properties();
        try (Reader r = Files.newBufferedReader(Path.of("src/main/resources/i18n", bundle), StandardCharsets.UTF_8)) {
            p.load(r);
        }
        return p.stringPropertyNames();
    }
}
