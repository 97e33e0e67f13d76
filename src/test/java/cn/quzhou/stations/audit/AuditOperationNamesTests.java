package cn.quzhou.stations.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every operation code the platform records has a name in both bundles: the audit page and its export never show a
 * code. The codes are read from the sources, at every {@code AuditRecord} call, so a new one cannot be forgotten.
 */
class AuditOperationNamesTests {

    private static final Pattern CALL = Pattern.compile("AuditRecord\\.success\\(|AuditRecord\\.of\\(|new AuditRecord\\(");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]*)\"");
    /** Codes built from a prefix and a step: the steps the prefix is completed with. */
    private static final Map<String, List<String>> BUILT = Map.of("rectification.", List.of("closed", "returned"));

    @ParameterizedTest
    @ValueSource(strings = {"messages_zh_CN.properties", "messages_en.properties"})
    void everyRecordedOperationCodeHasAName(String bundle) throws IOException {
        Properties names = bundle(bundle);
        TreeSet<String> codes = codesInUse();
        assertThat(codes).hasSizeGreaterThan(90).contains("application.save", "file.download", "access.notFound",
                "rectification.closed");
        assertThat(codes.stream().filter(c -> !names.containsKey("audit.op." + c)).toList()).as(bundle).isEmpty();
    }

    @Test
    void theOperationNamesAreChineseInTheChineseBundle() throws IOException {
        Properties zh = bundle("messages_zh_CN.properties");
        assertThat(zh.getProperty("audit.op.panel.sheet.submit")).isEqualTo("提交评审表");
        assertThat(zh.getProperty("audit.note.UsernamePasswordAuthenticationToken")).isEqualTo("用户名密码登录");
    }

    static TreeSet<String> codesInUse() throws IOException {
        TreeSet<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (file.endsWith("AuditRecord.java")) {
                    continue;
                }
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    int position = call.group().startsWith("AuditRecord.success") ? 0 : 1;
                    codes.addAll(literals(arguments(source, call.end()).get(position)));
                }
            }
        }
        return codes;
    }

    private static List<String> literals(String argument) {
        List<String> out = new ArrayList<>();
        Matcher m = LITERAL.matcher(argument);
        while (m.find()) {
            String code = m.group(1);
            out.addAll(code.endsWith(".") ? BUILT.getOrDefault(code, List.of(code + "?")).stream()
                    .map(step -> code + step).toList() : List.of(code));
        }
        return out;
    }

    /** The call's arguments, split at the commas outside parentheses and string literals. */
    private static List<String> arguments(String source, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        StringBuilder current = new StringBuilder();
        for (int i = from; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' && source.charAt(i - 1) != '\\') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']')) {
                if (depth-- == 0) {
                    break;
                }
            } else if (!quoted && c == ',' && depth == 0) {
                args.add(current.toString());
                current.setLength(0);
                continue;
            }
            current.append(c);
        }
        args.add(current.toString());
        return args;
    }

    private static Properties bundle(String name) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", name), StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }
}
