package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.IllegalTransitionException;
import cn.quzhou.stations.application.ReviewDecision;
import cn.quzhou.stations.application.panel.PanelStatus;
import cn.quzhou.stations.evaluation.RoundStatus;
import cn.quzhou.stations.evaluation.RouteDecision;
import cn.quzhou.stations.evaluation.SelfReportStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * A conflict says what happened in words (issue #13): no 409 reads "RECOGNISED" or "application.error.…". Every
 * {@link ConflictException} raised anywhere in the code is found in the sources, and its message is rendered in both
 * languages with the platform's own bundles.
 */
class ConflictMessagesTests {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale[] LOCALES = {ZH, Locale.ENGLISH};
    /** A call {@code ConflictException.of("key", args…)}, {@code onField("field", "key", args…)} or a subclass's super. */
    private static final Pattern CALL = Pattern.compile(
            "(?:ConflictException\\.of\\(|ConflictException\\.onField\\(\"\\w+\",\\s*|super\\(null,\\s*)"
                    + "(\"[^\"]*\"|[\\w.()]+)([^;]*);", Pattern.DOTALL);
    /** The keys a recognition blocker carries into a conflict ({@code Recognitions}: of(b.messageKey(), …)). */
    private static final Pattern BLOCKER = Pattern.compile("RecognitionPreview\\.(?:Blocker|Candidate)\\([^;]*?\"([\\w.]+)\"");
    /** A label argument, which the message source resolves: its own enum variable is fine. */
    private static final Pattern LABEL = Pattern.compile("ConflictException\\.label\\(\"[\\w.]+\",[^()]*(\\(\\))?\\)");
    private static final Pattern MESSAGE_KEY = Pattern.compile("\\b[a-z]+\\.[a-z]+\\.[\\w.]+");

    static ResourceBundleMessageSource platformMessages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        // as spring.messages.basename in application.yml
        source.setBasenames("messages", "i18n/application", "i18n/documents", "i18n/notification", "i18n/api",
                "i18n/station", "i18n/evaluation", "i18n/funding", "i18n/reporting", "i18n/results");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    record Site(String file, String key, String args) {
        @Override
        public String toString() {
            return file + ": " + key;
        }
    }

    static List<Site> conflictSites() throws IOException {
        List<Site> sites = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!source.contains("ConflictException")) {
                    continue;
                }
                Matcher call = CALL.matcher(source);
                while (call.find()) {
                    String key = call.group(1);
                    if (key.startsWith("\"")) {
                        sites.add(new Site(file.getFileName().toString(), key.substring(1, key.length() - 1),
                                call.group(2)));
                    }
                }
                Matcher blocker = BLOCKER.matcher(source);
                while (blocker.find()) {
                    sites.add(new Site(file.getFileName().toString(), blocker.group(1), ""));
                }
            }
        }
        return sites;
    }

    @Test
    void theSourcesAreScanned() throws IOException {
        // a scan that finds nothing would let every row below pass
        assertThat(conflictSites()).hasSizeGreaterThan(50)
                .extracting(Site::key).contains("application.error.illegalTransition", "panel.error.state",
                        "evaluation.error.published", "notice.error.openObjections", "funding.error.repaymentKnown");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conflictSites")
    void everyConflictMessageIsWordsInBothLanguages(Site site) {
        ResourceBundleMessageSource messages = platformMessages();
        for (Locale locale : LOCALES) {
            String text = messages.getMessage(site.key(), new Object[] {"某服务站", "某", "某"}, site.key(), locale);
            assertThat(text).as(site + " in " + locale).isNotEqualTo(site.key())
                    .doesNotContainPattern(MESSAGE_KEY.pattern())
                    .as(site + " in " + locale + ": an unescaped ' swallows the placeholders").doesNotContain("{");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conflictSites")
    void noConflictPassesAnEnumNameAsItsArgument(Site site) {
        // an enum goes in as ConflictException.label(prefix, value), which the message source resolves to its name
        assertThat(LABEL.matcher(site.args()).replaceAll("label")).as(site.toString()).doesNotContain(".name()")
                .doesNotContainPattern(",\\s*(status|decision|c\\.decision\\(\\)|\\w+\\.getStatus\\(\\))\\s*[,)]");
    }

    static Stream<Arguments> labelledStates() {
        List<Arguments> rows = new ArrayList<>();
        for (ApplicationStatus s : ApplicationStatus.values()) {
            rows.add(Arguments.of("application.status", s));
        }
        for (ReviewDecision d : ReviewDecision.values()) {
            rows.add(Arguments.of("application.decision", d));
        }
        for (PanelStatus s : PanelStatus.values()) {
            rows.add(Arguments.of("panel.status", s));
        }
        for (RoundStatus s : RoundStatus.values()) {
            rows.add(Arguments.of("evaluation.round", s));
        }
        for (SelfReportStatus s : SelfReportStatus.values()) {
            rows.add(Arguments.of("evaluation.status", s));
        }
        for (RouteDecision d : RouteDecision.values()) {
            rows.add(Arguments.of("evaluation.decision", d));
        }
        return rows.stream();
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("labelledStates")
    void everyStateAConflictNamesHasItsWords(String prefix, Enum<?> value) {
        ResourceBundleMessageSource messages = platformMessages();
        assertThat(EnumLabels.prefixOf(value.getDeclaringClass())).as("the enum's own prefix").isEqualTo(prefix);
        for (Locale locale : LOCALES) {
            String text = messages.getMessage(ConflictException.label(value), locale);
            assertThat(text).as(prefix + "." + value + " in " + locale).isNotBlank()
                    .isNotEqualTo(value.name()).doesNotContain(value.name());
        }
    }

    @Test
    void anIllegalTransitionNamesTheStateAndTheDecisionInWords() {
        var e = new IllegalTransitionException(ApplicationStatus.RECOGNISED, ReviewDecision.PASS);
        ResourceBundleMessageSource messages = platformMessages();
        assertThat(e.field()).isNull();
        assertThat(messages.getMessage(e.messageKey(), e.args(), ZH)).isEqualTo("申请书当前状态（已认定）下不能执行此操作（通过）。");
        assertThat(messages.getMessage(e.messageKey(), e.args(), Locale.ENGLISH)).doesNotContain("RECOGNISED")
                .contains("(Recognised: Pass)");
    }

    @Test
    void aKeyAndAStringArgumentNoLongerTurnTheKeyIntoTheField() {
        ConflictException e = ConflictException.of("panel.error.state", "SCORING");
        assertThat(e.field()).isNull();
        assertThat(e.messageKey()).isEqualTo("panel.error.state");
        assertThat(ConflictException.onField("reference", "funding.error.repaymentKnown").field()).isEqualTo("reference");
    }

    @Test
    void aYearInAConflictIsNeverPrintedWithAThousandsSeparator() {
        ConflictException e = ConflictException.of("evaluation.error.published", ConflictException.year(2026));
        assertThat(platformMessages().getMessage(e.messageKey(), e.args(), ZH)).startsWith("2026 年度").doesNotContain("2,026");
    }
}
