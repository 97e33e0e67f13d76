package cn.quzhou.stations.audit;

import cn.quzhou.stations.shared.OpenEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Turns audit rows into {@link AuditLine}s for the page and the Excel export: operation names from
 * {@code audit.op.<code>}, object types from {@code audit.type.<type>}, changed fields from the object's own form
 * labels, short technical notes from {@code audit.note.<note>}. A code without a name is shown as it is, never as
 * {@code ??key??} (a test keeps every code the platform records named).
 */
@Component
public class AuditNames {

    /** Where an object of a type has its page; types without one are shown without a link. */
    static final Map<String, String> LINKS = Map.ofEntries(
            Map.entry("application", "/applications/%s"), Map.entry("station", "/stations/%s"),
            Map.entry("host_unit", "/units/%s"), Map.entry("unit", "/units/%s"),
            Map.entry("society", "/societies/%s"), Map.entry("expert", "/experts/%s"),
            Map.entry("account", "/admin/accounts/%s"), Map.entry("public_notice", "/notices/%s"),
            Map.entry("recognition", "/recognitions/%s"), Map.entry("review_panel", "/panels/%s"),
            Map.entry("evaluation_report", "/evaluations/reports/%s"), Map.entry("rectification", "/rectifications/%s"),
            Map.entry("clawback", "/funding/clawbacks/%s"), Map.entry("funds_ledger", "/funding/ledgers/%s"));

    /** Types whose id is an internal key that means nothing to a reader. */
    private static final Set<String> OPAQUE_IDS = Set.of("stored_file");
    /** The form-label prefix of a type whose bundle uses another word. */
    private static final Map<String, String> LABEL_PREFIX = Map.of("host_unit", "unit");
    private static final Pattern CHANGE = Pattern.compile("([A-Za-z][A-Za-z0-9_.]*): (.*) → (.*)", Pattern.DOTALL);
    private static final int NOTE_KEY_LIMIT = 60;

    private final MessageSource messages;
    private final AuditActors actors;

    public AuditNames(MessageSource messages, AuditActors actors) {
        this.messages = messages;
        this.actors = actors;
    }

    /** A reader for one page or one export: it looks each actor up once. */
    @OpenEntry(value = OpenEntry.Audience.NO_RECORD, why = "names rows the caller read under audit:read")
    public Reader reader(Locale locale) {
        return new Reader(locale);
    }

    /** A page of the trail as the audit page reads it (the API's answer): names in {@code locale}, actors looked up once. */
    @OpenEntry(value = OpenEntry.Audience.NO_RECORD, why = "names a page the caller read under audit:read")
    public cn.quzhou.stations.shared.Paged<AuditLine> lines(cn.quzhou.stations.shared.Paged<AuditEntry> page,
                                                            Locale locale) {
        List<AuditLine> lines = reader(locale).lines(page.items());
        return new cn.quzhou.stations.shared.Paged<>(lines, page.total(), page.totalCapped(), page.query(),
                page.nextCursor());
    }

    /** The operation's name, or the code itself when it has none. */
    @OpenEntry(value = OpenEntry.Audience.NO_RECORD, why = "the name of an operation code in a language")
    public String action(String code, Locale locale) {
        return text("audit.op." + code, code, locale);
    }

    public final class Reader {

        private final Locale locale;
        private final Map<String, AuditActors.Actor> known = new HashMap<>();
        private final Set<String> looked = new HashSet<>();

        private Reader(Locale locale) {
            this.locale = locale;
        }

        public List<AuditLine> lines(List<AuditEntry> entries) {
            lookUp(entries.stream().map(AuditEntry::actor).collect(Collectors.toSet()));
            return entries.stream().map(this::line).toList();
        }

        public AuditLine line(AuditEntry e) {
            lookUp(e.actor() == null ? Set.of() : Set.of(e.actor()));
            AuditActors.Actor actor = known.get(e.actor());
            String type = e.objectType();
            boolean opaque = type != null && OPAQUE_IDS.contains(type);
            String link = type == null || e.objectId() == null || !LINKS.containsKey(type) ? null
                    : String.format(LINKS.get(type), e.objectId());
            List<AuditLine.Change> changes = changes(type, e.summary());
            return new AuditLine(e.id(), e.occurredAt(), e.actor(), actor == null ? null : actor.displayName(),
                    actor == null ? null : roles(actor.roles()), e.actorIp(), e.action(), action(e.action(), locale),
                    type, type == null ? null : text("audit.type." + type, type, locale), opaque ? null : e.objectId(),
                    link, e.outcome(), text("audit.outcome." + e.outcome(), e.outcome().name(), locale), changes,
                    changes.isEmpty() ? note(type, e.summary()) : null);
        }

        private void lookUp(Set<String> usernames) {
            Set<String> missing = new HashSet<>(usernames);
            missing.remove(null);
            missing.removeAll(looked);
            if (!missing.isEmpty()) {
                known.putAll(actors.describe(missing));
                looked.addAll(missing);
            }
        }

        private String roles(List<String> codes) {
            return codes.stream().map(c -> text("role." + c, c, locale)).collect(Collectors.joining("、"));
        }

        /** "field: before → after; …" as written by {@link Changes}; anything else is a note. */
        private List<AuditLine.Change> changes(String type, String summary) {
            if (summary == null || !summary.contains(" → ")) {
                return List.of();
            }
            List<AuditLine.Change> out = new ArrayList<>();
            for (String part : summary.split("; ")) {
                Matcher m = CHANGE.matcher(part);
                if (!m.matches()) {
                    return List.of();
                }
                out.add(new AuditLine.Change(field(type, m.group(1)), value(m.group(2)), value(m.group(3))));
            }
            return out;
        }

        private String field(String type, String name) {
            String prefix = type == null ? null : LABEL_PREFIX.getOrDefault(type, type);
            String own = prefix == null ? null : text(prefix + "." + name, null, locale);
            return own != null ? own : text("audit.field." + name, name, locale);
        }

        private String value(String v) {
            return "null".equals(v) || v.isEmpty() ? text("audit.value.empty", "—", locale) : v;
        }

        /**
         * A field's name as its label; a short technical note ("bad credentials", a sign-in's token class) in words;
         * anything else as recorded.
         */
        private String note(String type, String summary) {
            if (summary == null || summary.length() > NOTE_KEY_LIMIT) {
                return summary;
            }
            if (type != null && summary.matches("[a-z][A-Za-z0-9]*")) {
                // a field's name (e.g. which personal data was revealed): its label on the object's form
                String label = text(LABEL_PREFIX.getOrDefault(type, type) + "." + summary, null, locale);
                if (label != null) {
                    return label;
                }
            }
            String key = summary.strip().replaceAll("[^A-Za-z0-9]+", "_");
            return key.isEmpty() ? summary : text("audit.note." + key, summary, locale);
        }
    }

    private String text(String key, String fallback, Locale locale) {
        return messages.getMessage(key, null, fallback, locale);
    }
}
