package cn.quzhou.stations.results.web;
import cn.quzhou.stations.results.ProposalView;
import cn.quzhou.stations.results.RectificationView;
import cn.quzhou.stations.results.ResultView;
import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.documents.ListWorkbook;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The Excel exports of this module's lists: the list's columns, texts in the user's language, rows streamed. */
@Component
class EvaluationExports {

    private final MessageSource messages;
    private final Clock clock;

    EvaluationExports(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    void results(HttpServletResponse response, Consumer<Consumer<ResultView>> rows) {
        write(response, "results.title", List.of("results.year", "results.station", "results.hostUnit",
                "results.jurisdiction", "application.level", "results.stationYear", "results.total", "results.grade",
                "results.reason", "results.version", "results.documentNumber", "results.publishedOn"), rows,
                locale -> r -> Arrays.asList(r.year(), r.stationName(), r.hostUnitName(), r.jurisdictionName(),
                        text("enum.SocietyLevel." + r.level(), locale), r.stationYear(), r.total(),
                        text("evaluation.grade." + r.grade(), locale), r.reason(), r.version(), r.documentNumber(),
                        r.publishedOn()));
    }

    void rectifications(HttpServletResponse response, Consumer<Consumer<RectificationView>> rows) {
        write(response, "results.rectification.title", List.of("results.station", "results.hostUnit",
                "results.jurisdiction", "results.year", "results.rectification.notice",
                "results.rectification.openedOn", "results.rectification.deadline", "results.rectification.status"),
                rows, locale -> t -> Arrays.asList(t.stationName(), t.hostUnitName(), t.jurisdictionName(), t.year(),
                        t.noticeNumber(), t.openedOn(), t.deadline(),
                        text("results.rectification.status." + t.status(), locale)
                                + (t.overdue() ? " · " + text("results.rectification.overdue", locale) : "")));
    }

    void proposals(HttpServletResponse response, Consumer<Consumer<ProposalView>> rows) {
        write(response, "results.proposal.title", List.of("results.station", "results.hostUnit",
                "results.jurisdiction", "results.proposal.cause", "results.proposal.basisYear",
                "results.proposal.openedAt", "results.proposal.status", "results.documentNumber"),
                rows, locale -> p -> Arrays.asList(p.stationName(), p.hostUnitName(), p.jurisdictionName(),
                        text("revocation.cause." + p.cause(), locale), p.basisYear() == 0 ? null : p.basisYear(),
                        p.openedAt() == null ? null : Beijing.date(p.openedAt()),
                        text("results.proposal.status." + p.status(), locale), p.documentNumber()));
    }

    private <T> void write(HttpServletResponse response, String titleKey, List<String> headerKeys,
                           Consumer<Consumer<T>> rows, Function<Locale, Function<T, List<?>>> cells) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = text(titleKey, locale);
        Function<T, List<?>> line = cells.apply(locale);
        ListWorkbook.download(response, title, title,
                messages.getMessage("export.generated", new Object[] {LocalDate.now(clock).toString()}, locale),
                headerKeys.stream().map(key -> text(key, locale)).toList(),
                out -> rows.accept(row -> out.accept(line.apply(row))));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
