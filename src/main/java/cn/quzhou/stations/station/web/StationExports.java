package cn.quzhou.stations.station.web;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.documents.ListWorkbook;
import cn.quzhou.stations.station.StationRow;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The registry's Excel export: the list's columns, texts in the user's language. */
@Component
class StationExports {

    private final MessageSource messages;
    private final Clock clock;

    StationExports(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    void stations(HttpServletResponse response, Consumer<Consumer<StationRow>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = text("station.list.title", locale);
        List<String> headers = Arrays.asList("station.name", "station.hostUnit", "unit.jurisdiction", "station.society",
                "application.level", "station.document", "station.recognisedOn", "station.agreementEndsOn",
                "application.status").stream().map(key -> text(key, locale)).toList();
        ListWorkbook.download(response, title, title,
                messages.getMessage("export.generated", new Object[] {LocalDate.now(clock).toString()}, locale),
                headers, out -> rows.accept(s -> out.accept(Arrays.asList(s.name(), s.hostUnitName(),
                        s.jurisdictionName(), s.societyName(), text("enum.SocietyLevel." + s.level(), locale),
                        s.documentNumber(), s.recognisedOn(), s.agreementEndsOn(),
                        text("station.status." + s.status(), locale)))));
    }

    /** The society contact's stations (no personal data, as on the page). */
    void societyStations(HttpServletResponse response,
                         Consumer<Consumer<cn.quzhou.stations.station.SocietyStationView>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = text("society.stations.title", locale);
        List<String> headers = Arrays.asList("station.name", "station.hostUnit", "unit.jurisdiction",
                "application.level", "station.document", "station.recognisedOn", "application.agreementSignedOn",
                "station.agreementEndsOn", "application.status").stream().map(key -> text(key, locale)).toList();
        ListWorkbook.download(response, title, title,
                messages.getMessage("export.generated", new Object[] {LocalDate.now(clock).toString()}, locale),
                headers, out -> rows.accept(s -> out.accept(Arrays.asList(s.name(), s.hostUnitName(),
                        s.jurisdictionName(), text("enum.SocietyLevel." + s.level(), locale), s.documentNumber(),
                        s.recognisedOn(), s.agreementSignedOn(), s.agreementEndsOn(),
                        text("station.status." + s.status(), locale)))));
    }

    /** A station's evidence: what the list shows, one row per event; {@code item}: the item it counts toward. */
    void evidence(HttpServletResponse response,
                  java.util.function.Function<cn.quzhou.stations.station.EvidenceView, String> item,
                  Consumer<Consumer<cn.quzhou.stations.station.EvidenceView>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = text("evidence.title", locale);
        List<String> headers = Arrays.asList("evidence.yearField", "evidence.occurredOn", "evidence.item",
                "evidence.kind", "evidence.description", "evidence.attendance", "evidence.level", "evidence.days",
                "evidence.file").stream().map(key -> text(key, locale)).toList();
        ListWorkbook.download(response, title, title,
                messages.getMessage("export.generated", new Object[] {LocalDate.now(clock).toString()}, locale),
                headers, out -> rows.accept(e -> out.accept(Arrays.asList(e.year(), e.occurredOn(), item.apply(e),
                        text("evidence.kind." + e.kind(), locale), e.description(), e.attendance(),
                        e.level() == null ? null : text("evidence.level." + e.level(), locale), e.days(),
                        e.fileName()))));
    }

    /** The plans-and-summaries overview of a year. */
    void reports(HttpServletResponse response, Consumer<Consumer<cn.quzhou.stations.station.ReportStatus>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = text("reports.title", locale);
        List<String> headers = Arrays.asList("station.name", "reports.kind", "reports.dueOn", "reports.state")
                .stream().map(key -> text(key, locale)).toList();
        ListWorkbook.download(response, title, title,
                messages.getMessage("export.generated", new Object[] {LocalDate.now(clock).toString()}, locale),
                headers, out -> rows.accept(r -> out.accept(Arrays.asList(r.stationName(),
                        text("reports.kind." + r.kind(), locale), r.dueOn(), r.submitted()
                                ? messages.getMessage("reports.submittedAt", new Object[] {r.submittedAt()
                                        .atZone(Beijing.ZONE).toLocalDate().toString()}, locale)
                                : text(r.overdue() ? "reports.overdue" : "reports.pending", locale)))));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
