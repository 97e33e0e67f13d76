package cn.quzhou.stations.application.web;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.application.ApplicationSummary;
import cn.quzhou.stations.application.notice.NoticeSummary;
import cn.quzhou.stations.documents.ListWorkbook;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The module's list exports (applications, notices): the list's columns, texts in the user's language, times in Beijing time. */
@Component
public class ApplicationExports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(Beijing.ZONE);

    private final MessageSource messages;
    private final Clock clock;

    ApplicationExports(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    void applications(HttpServletResponse response, Consumer<Consumer<ApplicationSummary>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = text("application.list.title", locale);
        List<String> headers = Arrays.asList("application.stationName", "application.unitName", "station.society",
                "unit.jurisdiction", "application.level", "application.status", "application.paper",
                "application.submittedAt", "application.updatedAt").stream().map(key -> text(key, locale)).toList();
        ListWorkbook.download(response, title, title,
                messages.getMessage("export.generated", new Object[] {LocalDate.now(clock).toString()}, locale),
                headers, out -> rows.accept(a -> out.accept(Arrays.asList(a.stationName(), a.unitName(),
                        a.societyName(), a.jurisdictionName(),
                        a.level() == null ? null : text("enum.SocietyLevel." + a.level(), locale),
                        text("application.status." + a.status(), locale), a.paper() ? text("application.paper", locale) : null,
                        a.submittedAt() == null ? null : TIME.format(a.submittedAt()),
                        a.updatedAt() == null ? null : TIME.format(a.updatedAt())))));
    }

    /** The offices' notice list: title, number, period, stations, open objections, state, recognition document. */
    public void notices(HttpServletResponse response, Consumer<Consumer<NoticeSummary>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = text("notice.list.title", locale);
        List<String> headers = Arrays.asList("notice.title", "notice.number", "notice.startDate", "notice.endDate",
                "notice.openedAt", "notice.stations", "notice.openObjections", "notice.state",
                "notice.recognition").stream().map(key -> text(key, locale)).toList();
        ListWorkbook.download(response, title, title,
                messages.getMessage("export.generated", new Object[] {LocalDate.now(clock).toString()}, locale),
                headers, out -> rows.accept(n -> out.accept(Arrays.asList(n.title(), n.number(),
                        n.startDate(), n.endDate(),
                        n.openedAt() == null ? null : TIME.format(n.openedAt()), n.stations(), n.openObjections(),
                        text("notice.filter.state." + n.state(), locale), n.recognitionNumber()))));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
