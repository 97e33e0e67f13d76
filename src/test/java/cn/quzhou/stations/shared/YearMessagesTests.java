package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * Years never read "2,026" (issue #13): every message whose Chinese text puts a placeholder before 年 ({@code {0}年},
 * {@code {0} 年度}, {@code {0}、{1}年度}) is found in the bundles and rendered with 2026 in both languages. A year goes
 * in either as a number into {@code {n,number,#}}, or — where the callers already pass a String (notification subjects
 * are stored as strings; templates pass {@code '' + year}) — as that String. A new year message that does neither
 * fails here until its author decides.
 */
class YearMessagesTests {

    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern ENTRY = Pattern.compile("^([\\w.]+)=(.*)$", Pattern.MULTILINE);
    /** {n} (optionally {n}、{m}) right before 年: the placeholders that hold a year. */
    private static final Pattern YEAR_PLACEHOLDER = Pattern.compile("\\{(\\d)(,number,#)?}\\s*(?:、\\{(\\d)(,number,#)?}\\s*)?年");
    /** 年 after a placeholder that is a count, not a year: 合作期 {1} 年, 第{0}年 (the station's n-th year). */
    private static final Set<String> COUNTS = Set.of("application.cooperationYears.help", "application.pdf.agreement",
            "funding.stationYear.value");
    /** Keys whose every caller passes the year as a String (checked by hand: Notifications stores List<String>). */
    private static final Set<String> STRING_CALLERS = Set.of(
            "evaluation.sheet.yearValue", "evaluation.results.sheet", "evaluation.error.published",
            "evaluation.error.roundDecided", "evaluation.scoring.note.outsideYear", "funding.report.sheet",
            "funding.report.title", "funding.report.heading", "funding.error.noPassingResult",
            "funding.error.cancelled.CORRECTED", "results.year.title", "results.correction.error.noResult",
            "results.proposal.years", "results.proposal.basisGone", "results.pdf.title", "results.pdf.body",
            "results.notice.body", "evidence.frozen", "input.error.dateRange",
            // the workbench's report lines and reminders pass String.valueOf(year) (messages store their arguments as text)
            "reports.todo.PLAN", "reports.todo.SUMMARY", "reports.reminder.PLAN", "reports.reminder.overdue.PLAN",
            "evaluation.reminder.report", "evaluation.reminder.resubmit", "results.reminder.rectify",
            "results.reminder.rectify.overdue");
    private static final Locale[] LOCALES = {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH};

    record YearMessage(String key, Set<Integer> yearArguments, boolean numberFormat) {
        @Override
        public String toString() {
            return key + " " + yearArguments;
        }

        /** 2026 where the year goes, 7 elsewhere (a plain or a number placeholder takes it alike). */
        Object[] arguments() {
            Object[] args = new Object[6];
            for (int i = 0; i < args.length; i++) {
                args[i] = !yearArguments.contains(i) ? 7 : numberFormat ? (Object) 2026 : "2026";
            }
            return args;
        }
    }

    static List<YearMessage> yearMessages() throws IOException {
        List<YearMessage> found = new ArrayList<>();
        for (Path bundle : chineseBundles()) {
            Matcher entry = ENTRY.matcher(read(bundle));
            while (entry.find()) {
                String key = entry.group(1);
                Matcher year = YEAR_PLACEHOLDER.matcher(entry.group(2));
                Set<Integer> indexes = new TreeSet<>();
                boolean number = false;
                while (year.find() && !COUNTS.contains(key)) {
                    indexes.add(Integer.parseInt(year.group(1)));
                    number |= year.group(2) != null;
                    if (year.group(3) != null) {
                        indexes.add(Integer.parseInt(year.group(3)));
                    }
                }
                if (!indexes.isEmpty()) {
                    found.add(new YearMessage(key, indexes, number));
                }
            }
        }
        return found;
    }

    @Test
    void theBundlesAreScanned() throws IOException {
        // a scan that finds nothing would let every row below pass
        assertThat(yearMessages()).hasSizeGreaterThan(30).extracting(YearMessage::key)
                .contains("evaluation.error.yearOpen", "evidence.error.frozen", "results.notify.rectificationOpened",
                        "input.error.dateRange");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearMessages")
    void aYearIsEitherANumberFormattedPlainOrPassedAsAString(YearMessage message) {
        boolean notification = message.key().contains(".notify.");
        assertThat(message.numberFormat() || notification || STRING_CALLERS.contains(message.key()))
                .as(message.key() + ": write {n,number,#} in both bundles, or make every caller pass a String and "
                        + "list the key in STRING_CALLERS").isTrue();
        assertThat(message.numberFormat() && (notification || STRING_CALLERS.contains(message.key())))
                .as(message.key() + ": a String argument in {n,number,#} throws").isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearMessages")
    void aYearReads2026InBothLanguages(YearMessage message) {
        ResourceBundleMessageSource messages = ConflictMessagesTests.platformMessages();
        for (Locale locale : LOCALES) {
            String text = messages.getMessage(message.key(), message.arguments(), locale);
            assertThat(text).as(message + " in " + locale).contains("2026").doesNotContain("2,026");
        }
    }

    @Test
    void aPlainPlaceholderWouldPrintTheThousandsSeparator() {
        // why the rows above matter: MessageFormat groups an Integer in {0} in both languages
        assertThat(new java.text.MessageFormat("{0} 年度", Locale.SIMPLIFIED_CHINESE).format(new Object[] {2026}))
                .isEqualTo("2,026 年度");
    }

    private static List<Path> chineseBundles() throws IOException {
        try (Stream<Path> files = Files.walk(RESOURCES)) {
            return files.filter(p -> p.getFileName().toString().endsWith("_zh_CN.properties")).sorted().toList();
        }
    }

    private static String read(Path bundle) throws IOException {
        // as the message source reads it (UTF-8), via Properties so that continued lines join
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        StringBuilder text = new StringBuilder();
        properties.forEach((k, v) -> text.append(k).append('=').append(v.toString().replace('\n', ' ')).append('\n'));
        return text.toString();
    }
}
