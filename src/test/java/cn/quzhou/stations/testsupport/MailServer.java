package cn.quzhou.stations.testsupport;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * One in-process SMTP server (GreenMail, on a free port) for the whole test run, so that the
 * platform's e-mail notifications really go out. It accepts mail for any address.
 */
public final class MailServer {

    private static final GreenMail SERVER = start();

    private MailServer() {
    }

    private static GreenMail start() {
        GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        return server;
    }

    public static GreenMail server() {
        return SERVER;
    }

    public static String host() {
        return SERVER.getSmtp().getBindTo();
    }

    public static int port() {
        return SERVER.getSmtp().getPort();
    }

    /**
     * Waits (at most {@code seconds}) until an e-mail to {@code address} has arrived whose subject
     * contains {@code subjectPart}, and returns every such e-mail; empty when none came in time.
     */
    public static List<MimeMessage> awaitMail(String address, String subjectPart, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (true) {
            List<MimeMessage> found = received(address, subjectPart);
            if (!found.isEmpty() || System.nanoTime() > deadline) {
                return found;
            }
            // blocks until one more e-mail than now has arrived, or 200 ms have passed
            SERVER.waitForIncomingEmail(200, SERVER.getReceivedMessages().length + 1);
        }
    }

    /** The e-mails received so far for {@code address} (null: anyone) whose subject contains {@code subjectPart}. */
    public static List<MimeMessage> received(String address, String subjectPart) {
        return Arrays.stream(SERVER.getReceivedMessages()).filter(m -> {
            try {
                return (address == null || Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equalsIgnoreCase(address)))
                        && m.getSubject() != null && m.getSubject().contains(subjectPart);
            } catch (jakarta.mail.MessagingException e) {
                return false;
            }
        }).toList();
    }
}
