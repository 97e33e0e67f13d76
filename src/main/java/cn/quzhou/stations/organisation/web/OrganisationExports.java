package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.audit.AuditEntry;
import cn.quzhou.stations.audit.AuditLine;
import cn.quzhou.stations.audit.AuditNames;
import cn.quzhou.stations.documents.ListWorkbook;
import cn.quzhou.stations.organisation.ExpertRow;
import cn.quzhou.stations.organisation.HostUnitRow;
import cn.quzhou.stations.organisation.SocietyView;
import cn.quzhou.stations.shared.Masks;
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

/** The Excel exports of the unit, society and audit lists: the lists' columns, texts in the user's language. */
@Component
class OrganisationExports {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(Beijing.ZONE);

    private final MessageSource messages;
    private final Clock clock;

    OrganisationExports(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    void units(HttpServletResponse response, Consumer<Consumer<HostUnitRow>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        download(response, "units.title", List.of("unit.name", "unit.creditCode", "unit.jurisdiction", "unit.nature"),
                locale, out -> rows.accept(u -> out.accept(Arrays.asList(u.name(), u.creditCode(), u.jurisdictionName(),
                        text("enum.UnitNature." + u.nature(), locale)))));
    }

    void societies(HttpServletResponse response, Consumer<Consumer<SocietyView>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        download(response, "societies.title", List.of("society.name", "society.level", "society.branch",
                "society.contact"), locale, out -> rows.accept(s -> out.accept(Arrays.asList(s.name(),
                text("enum.SocietyLevel." + s.level(), locale), s.branch(), s.contact()))));
    }

    /** The expert pool as the page shows it: phone and e-mail masked (138****1234, z***@example.com). */
    void experts(HttpServletResponse response, Consumer<Consumer<ExpertRow>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        download(response, "experts.title", List.of("expert.name", "expert.title", "expert.field",
                "expert.organisation", "expert.phone", "expert.email"), locale, out -> rows.accept(e -> out.accept(
                Arrays.asList(e.name(), e.title(), e.field(), e.organisation(), Masks.mask(e.phone()),
                        Masks.mask(e.email())))));
    }

    /** The audit list as read on the page: names, actor with display name and role, changes as "field: a → b". */
    void audit(HttpServletResponse response, AuditNames names, Consumer<Consumer<AuditEntry>> rows) {
        Locale locale = LocaleContextHolder.getLocale();
        AuditNames.Reader reader = names.reader(locale);
        download(response, "audit.title", List.of("audit.id", "audit.time", "audit.actor", "audit.ip", "audit.action",
                "audit.object", "audit.outcome", "audit.summary"), locale, out -> rows.accept(entry -> {
                    AuditLine e = reader.line(entry);
                    out.accept(Arrays.asList(e.id(), TIME.format(e.occurredAt()), e.actorText(), e.ip(),
                            e.actionName(), e.objectText(), e.outcomeName(), e.summaryText()));
                }));
    }

    private void download(HttpServletResponse response, String titleKey, List<String> headerKeys, Locale locale,
                          Consumer<ListWorkbook.Rows> fill) {
        String title = text(titleKey, locale);
        ListWorkbook.download(response, title, title,
                messages.getMessage("export.generated", new Object[] {LocalDate.now(clock).toString()}, locale),
                headerKeys.stream().map(key -> text(key, locale)).toList(), fill);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
