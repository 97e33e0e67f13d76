package cn.quzhou.stations.funding.web;

import cn.quzhou.stations.documents.ListWorkbook;
import cn.quzhou.stations.funding.ClawbackView;
import cn.quzhou.stations.funding.EntryView;
import cn.quzhou.stations.funding.InstalmentView;
import cn.quzhou.stations.funding.LedgerView;
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

/** The funding lists' Excel exports: each list's columns, texts in the user's language, rows streamed. */
@Component
class FundingExports {

    private final MessageSource messages;
    private final Clock clock;

    FundingExports(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    void instalments(HttpServletResponse response, Consumer<Consumer<InstalmentView>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        download(response, "funding.instalments", List.of("funding.station", "funding.hostUnit", "funding.jurisdiction",
                "funding.level", "funding.year", "funding.stationYear", "funding.dueOn", "funding.amount",
                "funding.payer", "funding.status", "funding.resultDocument", "funding.documentNumber",
                "funding.paidOn"), out -> rows.accept(i -> out.accept(Arrays.asList(i.stationName(), i.hostUnitName(),
                i.jurisdictionName(), text("funding.level." + i.level(), locale), i.year(), i.stationYear(),
                i.dueOn(), i.amount(), i.payer(), text(i.awaitingApproval() ? "funding.status.AWAITING_APPROVAL"
                        : "funding.status." + i.status(), locale), i.resultDocument(),
                i.payment() == null ? null : i.payment().documentNumber(),
                i.payment() == null ? null : i.payment().paidOn()))));
    }

    void ledgers(HttpServletResponse response, Consumer<Consumer<LedgerView>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        download(response, "funding.ledgers", List.of("funding.station", "funding.hostUnit", "funding.jurisdiction",
                "funding.level", "funding.balance", "funding.ledger.state"), out -> rows.accept(l -> out.accept(
                Arrays.asList(l.stationName(), l.hostUnitName(), l.jurisdictionName(),
                        text("funding.level." + l.level(), locale), l.balance(),
                        l.closed() ? text("funding.ledger.closed", locale) : null))));
    }

    void entries(HttpServletResponse response, String stationName, Consumer<Consumer<EntryView>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        download(response, "funding.ledger.title", stationName, List.of("funding.entry.number", "funding.entryDate",
                "funding.entryKind", "funding.category", "funding.payee", "funding.purpose", "funding.project",
                "funding.amount", "funding.balanceAfter", "funding.recordedBy"), out -> rows.accept(e -> out.accept(
                Arrays.asList(e.id(), e.entryDate(), text("funding.entryKind." + e.kind(), locale), e.categoryName(),
                        e.payee(), e.purpose() == null ? e.reason() : e.purpose(), e.project(), e.signedAmount(),
                        e.balanceAfter(), e.recordedBy()))));
    }

    void clawbacks(HttpServletResponse response, Consumer<Consumer<ClawbackView>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        download(response, "funding.clawbacks", List.of("funding.station", "funding.hostUnit",
                "funding.clawback.document", "funding.clawback.openedOn", "funding.clawback.amount",
                "funding.clawback.outstanding", "funding.status"), out -> rows.accept(c -> out.accept(Arrays.asList(
                c.stationName(), c.hostUnitName(), c.documentNumber(), c.openedOn(), c.amount(), c.outstanding(),
                text(c.open() ? "funding.clawback.open" : "funding.clawback.settled", locale)))));
    }

    private void download(HttpServletResponse response, String titleKey, List<String> headerKeys,
                          Consumer<ListWorkbook.Rows> fill) {
        download(response, titleKey, null, headerKeys, fill);
    }

    private void download(HttpServletResponse response, String titleKey, String subject, List<String> headerKeys,
                          Consumer<ListWorkbook.Rows> fill) {
        Locale locale = LocaleContextHolder.getLocale();
        String title = text(titleKey, locale) + (subject == null ? "" : " " + subject);
        ListWorkbook.download(response, title, title,
                messages.getMessage("export.generated", new Object[] {LocalDate.now(clock).toString()}, locale),
                headerKeys.stream().map(key -> text(key, locale)).toList(), fill);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
