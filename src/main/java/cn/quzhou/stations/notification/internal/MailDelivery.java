package cn.quzhou.stations.notification.internal;

import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.Contact;
import jakarta.annotation.PreDestroy;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Sends each new message by e-mail once the notifying transaction has committed, when a mail server
 * is configured ({@code spring.mail.host}) and the recipient is enabled and has an address. Sending
 * happens on a background thread; a failure is logged and recorded as FAILED on the message, and
 * never touches the business transaction, which has already committed.
 */
@Component
class MailDelivery {

    static final String SENT = "SENT";
    static final String FAILED = "FAILED";
    private static final Logger log = LoggerFactory.getLogger(MailDelivery.class);
    private static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

    private final ObjectProvider<JavaMailSender> mailSender;
    private final MessageRepository messages;
    private final Accounts accounts;
    private final MessageSource texts;
    private final String baseUrl;
    private final String from;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "notification-mail");
        t.setDaemon(true);
        return t;
    });

    MailDelivery(ObjectProvider<JavaMailSender> mailSender, MessageRepository messages, Accounts accounts,
                 MessageSource texts, @Value("${platform.base-url:http://localhost:8080}") String baseUrl,
                 @Value("${platform.mail.from:noreply@localhost}") String from) {
        this.mailSender = mailSender;
        this.messages = messages;
        this.accounts = accounts;
        this.texts = texts;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.from = from;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void afterCommit(MessagesCreated event) {
        JavaMailSender mail = mailSender.getIfAvailable();
        if (mail == null) {
            return;
        }
        try {
            sender.execute(() -> deliver(mail, event.messageIds()));
        } catch (RejectedExecutionException shuttingDown) {
            log.warn("platform shutting down: e-mail for messages {} not sent", event.messageIds());
        }
    }

    private void deliver(JavaMailSender mail, List<Long> messageIds) {
        try {
            List<Message> created = messages.findAllById(messageIds);
            Map<Long, Contact> contacts = accounts.contacts(created.stream().map(Message::getRecipientAccountId).toList())
                    .stream().collect(Collectors.toMap(Contact::accountId, Function.identity()));
            for (Message m : created) {
                Contact to = contacts.get(m.getRecipientAccountId());
                if (to != null && to.email() != null) {
                    send(mail, m, to);
                }
            }
        } catch (RuntimeException e) {
            log.error("e-mail for messages {} could not be prepared", messageIds, e);
        }
    }

    private void send(JavaMailSender mail, Message m, Contact to) {
        String status;
        try {
            MimeMessage mime = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(mime, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(to.email());
            String subject = texts.getMessage(m.getSubjectKey(), m.getArgs().toArray(), m.getSubjectKey(), MAIL_LOCALE);
            helper.setSubject(subject);
            helper.setText(texts.getMessage("notification.mail.body",
                    new Object[] {to.displayName(), subject, link(m)}, MAIL_LOCALE));
            mail.send(mime);
            status = SENT;
        } catch (Exception e) {
            log.warn("e-mail for message {} to account {} failed: {}", m.getId(), to.accountId(), e.toString());
            status = FAILED;
        }
        messages.recordEmailStatus(m.getId(), status);
    }

    /** Where the e-mail points: the message's own link, or the message in the inbox. */
    String link(Message m) {
        return baseUrl + (m.getLink() != null ? m.getLink() : "/messages/" + m.getId());
    }

    @PreDestroy
    void stop() throws InterruptedException {
        sender.shutdown();
        sender.awaitTermination(10, TimeUnit.SECONDS);
    }
}
