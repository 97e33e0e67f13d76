package cn.quzhou.stations.organisation.internal;

import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends an administrator's one-time secret out of band: to the holder's own e-mail address when the holder set it
 * (an address an administrator typed could be the administrator's own) and a mail server is configured, otherwise
 * to the operator's file ({@link OperatorSecrets}). Never to a page or to the administrators who asked for and
 * approved the reset. Answers which channel it used, for the audit.
 */
@Component
public class SecretDelivery {

    private final ObjectProvider<JavaMailSender> mail;
    private final OperatorSecrets operator;
    private final MessageSource texts;
    private final String from;

    SecretDelivery(ObjectProvider<JavaMailSender> mail, OperatorSecrets operator, MessageSource texts,
                   @org.springframework.beans.factory.annotation.Value("${platform.mail.from:noreply@localhost}") String from) {
        this.mail = mail;
        this.operator = operator;
        this.texts = texts;
        this.from = from;
    }

    public String deliver(Account holder, String secret) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender != null && holder.getEmail() != null && holder.isEmailSetByHolder()) {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(from);
            m.setTo(holder.getEmail());
            m.setSubject(texts.getMessage("account.reset.mail.subject", null, Locale.SIMPLIFIED_CHINESE));
            m.setText(texts.getMessage("account.reset.mail.body", new Object[] {holder.getUsername(), secret},
                    Locale.SIMPLIFIED_CHINESE));
            sender.send(m);
            return "e-mail";
        }
        operator.deliver(holder.getUsername(), "password reset", secret);
        return "operator file";
    }
}
