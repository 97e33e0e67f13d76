package cn.quzhou.stations.notification;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.notification.internal.Message;
import cn.quzhou.stations.notification.internal.MessageList;
import cn.quzhou.stations.notification.internal.MessageRepository;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.notification.internal.MessagesCreated;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * 消息通知: modules tell people that something awaits them; each account reads its own messages.
 * A message stores a message key and its arguments and is rendered when it is read, in the
 * reader's locale. When SMTP is configured, every message whose recipient has an e-mail address is
 * also sent by e-mail (in Chinese) once the notifying transaction has committed.
 */
@Service
@Transactional(readOnly = true)
public class Notifications {

    static final int MAX_LIST = 500;

    private final MessageRepository messages;
    private final MessageSource texts;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final MessageList list;

    private final AuditLog audit;

    Notifications(MessageRepository messages, MessageSource texts, ApplicationEventPublisher events, Clock clock,
                  MessageList list, AuditLog audit) {
        this.audit = audit;
        this.list = list;
        this.messages = messages;
        this.texts = texts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Leaves a message for each recipient. No permission check: a module calls this on its own
     * authority when it hands work over. Joins the caller's transaction, so the messages (and their
     * e-mails, sent only after commit) vanish if the caller rolls back.
     *
     * @param recipientAccountIds accounts to notify (duplicates are notified once)
     * @param subjectKey a message key of the calling module's bundle, e.g. {@code application.notify.submitted}
     * @param args the key's arguments {0}, {1}, ... (plain text, stored as given)
     * @param link a path inside the platform starting with a single {@code /}, or null
     */
    @Transactional
    public void notify(Collection<Long> recipientAccountIds, String subjectKey, List<String> args, String link) {
        if (!StringUtils.hasText(subjectKey)) {
            throw new IllegalArgumentException("a message needs a subject key");
        }
        if (link != null && !isInternalPath(link)) {
            throw new IllegalArgumentException("a message links to a path inside the platform: " + link);
        }
        List<String> arguments = args == null ? List.of() : args.stream().map(a -> Objects.toString(a, "")).toList();
        List<Long> created = new ArrayList<>();
        for (Long recipient : new LinkedHashSet<>(recipientAccountIds)) {
            created.add(messages.save(new Message(recipient, subjectKey, arguments, link, clock.instant())).getId());
        }
        if (!created.isEmpty()) {
            events.publishEvent(new MessagesCreated(List.copyOf(created)));
        }
    }

    /** The signed-in account's messages, newest first. */
    @PreAuthorize("isAuthenticated()")
    public List<MessageView> mine(int limit) {
        int size = Math.max(1, Math.min(limit, MAX_LIST));
        Locale locale = readerLocale();
        return messages.findByRecipientAccountIdOrderByCreatedAtDescIdDesc(me(), PageRequest.of(0, size)).stream()
                .map(m -> view(m, locale)).toList();
    }

    /**
     * One page of the signed-in account's own messages, newest first, filtered by read state and searched over the
     * subject (its words in the reader's language and its arguments).
     */
    @PreAuthorize("isAuthenticated()")
    public Paged<MessageView> page(ListRequest request, MessageFilter filter) {
        long me = me();
        Locale locale = readerLocale();
        ListQuery query = request.resolve(MessageList.SORTS);
        List<String> keys = query.hasKeyword() ? list.subjectKeysOf(me).stream()
                .filter(key -> render(key, List.of(), locale).toLowerCase(locale).contains(query.q().toLowerCase(locale)))
                .toList() : List.of();
        return list.page(me, filter, query, keys).map(m -> new MessageView(m.id(), m.subjectKey(), m.args(),
                render(m.subjectKey(), m.args(), locale), m.link(), m.createdAt().atZone(clock.getZone()),
                m.readAt() == null ? null : m.readAt().atZone(clock.getZone()), m.emailStatus()));
    }

    @PreAuthorize("isAuthenticated()")
    public long unreadCount() {
        return messages.countByRecipientAccountIdAndReadAtIsNull(me());
    }

    /** Opens one of the signed-in account's own messages and marks it read; anyone else's is not found. */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public MessageView open(long id) {
        Message m = messages.findByIdAndRecipientAccountId(id, me()).orElseThrow(() -> new NotFoundException("message", id));
        m.markRead(clock.instant());
        return view(m, readerLocale());
    }

    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void markAllRead() {
        messages.markAllRead(me(), clock.instant());
    }

    /**
     * Marks the chosen messages of the signed-in account read (the inbox's check boxes): others' ids and messages
     * already read are left alone. Audited with the ids it changed.
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public int markRead(Collection<Long> ids) {
        List<Long> chosen = ids == null ? List.of() : ids.stream().filter(Objects::nonNull).distinct().limit(MAX_LIST)
                .toList();
        List<Long> changed = list.markRead(me(), chosen, clock.instant());
        if (!changed.isEmpty()) {
            audit.record(AuditRecord.success("notification.markRead", "account", me(), "messages " + changed));
        }
        return changed.size();
    }

    /** Renders a message key with its arguments; a key nobody defines shows as itself. */
    public String render(String subjectKey, List<String> args, Locale locale) {
        return texts.getMessage(subjectKey, args.toArray(), subjectKey, locale);
    }

    static boolean isInternalPath(String link) {
        return link.startsWith("/") && !link.startsWith("//") && !link.contains("\\")
                && link.chars().noneMatch(Character::isISOControl);
    }

    /** The request's locale; Chinese, the platform's language, outside a request. */
    private static Locale readerLocale() {
        return LocaleContextHolder.getLocaleContext() == null || LocaleContextHolder.getLocaleContext().getLocale() == null
                ? Locale.SIMPLIFIED_CHINESE : LocaleContextHolder.getLocale();
    }

    private static long me() {
        return PlatformUser.current().accountId();
    }

    private MessageView view(Message m, Locale locale) {
        return new MessageView(m.getId(), m.getSubjectKey(), m.getArgs(), render(m.getSubjectKey(), m.getArgs(), locale),
                m.getLink(), m.getCreatedAt().atZone(clock.getZone()),
                m.getReadAt() == null ? null : m.getReadAt().atZone(clock.getZone()), m.getEmailStatus());
    }
}
