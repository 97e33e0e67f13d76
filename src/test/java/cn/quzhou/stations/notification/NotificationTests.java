package cn.quzhou.stations.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.MailServer;
import cn.quzhou.stations.testsupport.PlatformTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

class NotificationTests extends PlatformTest {

    @Autowired
    Notifications notifications;

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    TransactionTemplate tx;

    private Account alice;
    private Account bob;

    @BeforeEach
    void twoAccounts() {
        world.ensure();
        alice = world.freshAccount("alice", null, null);
        bob = world.freshAccount("bob", null, null);
    }

    @Test
    void aMessageIsListedInItsRecipientsInboxOnlyNewestFirst() throws Exception {
        String first = marker("第一条");
        String second = marker("第二条");
        String bobs = marker("给鲍勃");
        notifications.notify(List.of(alice.getId()), "home.welcome", List.of(first), "/units");
        clock.advance(Duration.ofMinutes(1));
        notifications.notify(List.of(alice.getId(), alice.getId()), "home.welcome", List.of(second), null);
        notifications.notify(List.of(bob.getId()), "home.welcome", List.of(bobs), null);

        List<MessageView> inbox = as(signedIn(alice), () -> notifications.mine(50));
        assertThat(inbox).extracting(MessageView::subject).containsExactly("您好，" + second, "您好，" + first);
        assertThat(inbox).noneMatch(MessageView::read);

        String page = inboxPage(alice, null);
        assertThat(page).contains(first, second).doesNotContain(bobs);
        assertThat(page.indexOf(second)).isLessThan(page.indexOf(first));
        assertThat(page).contains("message-unread");
        assertThat(inboxPage(bob, null)).contains(bobs).doesNotContain(first).doesNotContain(second);
    }

    @Test
    void aMessageIsRenderedInTheReadersLanguage() throws Exception {
        String name = marker("Lang");
        notifications.notify(List.of(alice.getId()), "home.welcome", List.of(name), null);

        assertThat(inboxPage(alice, null)).contains("您好，" + name);
        assertThat(inboxPage(alice, "en")).contains("Welcome, " + name).doesNotContain("您好，" + name);
        assertThat(inboxPage(alice, "zh_CN")).contains("您好，" + name);
    }

    @Test
    void openingAMessageMarksItReadAndFollowsItsLink() throws Exception {
        notifications.notify(List.of(alice.getId()), "home.welcome", List.of(marker("链接")), "/units?search=x");
        notifications.notify(List.of(alice.getId()), "home.welcome", List.of(marker("无链接")), null);
        List<MessageView> inbox = as(signedIn(alice), () -> notifications.mine(10));
        assertThat(as(signedIn(alice), notifications::unreadCount)).isEqualTo(2);

        mvc.perform(get("/messages/{id}", inbox.get(1).id()).with(user(signedIn(alice))))
                .andExpect(redirectedUrl("/units?search=x"));
        String shown = mvc.perform(get("/messages/{id}", inbox.get(0).id()).with(user(signedIn(alice))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(shown).contains(inbox.get(0).subject());

        assertThat(as(signedIn(alice), notifications::unreadCount)).isZero();
        assertThat(as(signedIn(alice), () -> notifications.mine(10))).allMatch(MessageView::read)
                .allSatisfy(m -> assertThat(m.readAt()).isNotNull());
    }

    @Test
    void anotherAccountsMessageCannotBeOpenedAndStaysUnread() throws Exception {
        notifications.notify(List.of(alice.getId()), "home.welcome", List.of(marker("私信")), "/units");
        long id = as(signedIn(alice), () -> notifications.mine(1)).get(0).id();

        mvc.perform(get("/messages/{id}", id).with(user(signedIn(bob)))).andExpect(status().isNotFound());
        mvc.perform(get("/messages/{id}", id).with(user(world.user(Role.CITY_CAST)))).andExpect(status().isNotFound());
        mvc.perform(post("/messages/read-all").with(user(signedIn(bob))).with(csrf())).andExpect(redirectedUrl("/messages"));

        assertThat(as(signedIn(alice), notifications::unreadCount)).isEqualTo(1);
    }

    @Test
    void theUnreadBadgeShowsTheCountUntilAllAreMarkedRead() throws Exception {
        notifications.notify(List.of(alice.getId()), "home.welcome", List.of(marker("一")), null);
        notifications.notify(List.of(alice.getId()), "home.welcome", List.of(marker("二")), null);
        notifications.notify(List.of(alice.getId()), "home.welcome", List.of(marker("三")), null);

        String home = mvc.perform(get("/").with(user(signedIn(alice)))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).containsPattern("id=\"unread-badge\"[^>]*>3</span>");
        assertThat(mvc.perform(get("/").with(user(signedIn(bob)))).andReturn().getResponse().getContentAsString())
                .doesNotContain("unread-badge").contains("id=\"messages-link\"");

        mvc.perform(post("/messages/read-all").with(user(signedIn(alice))).with(csrf())).andExpect(redirectedUrl("/messages"));

        assertThat(inboxPage(alice, null)).doesNotContain("unread-badge").doesNotContain("message-unread");
    }

    @Test
    void aMessageLinksOnlyInsideThePlatform() {
        for (String link : List.of("https://example.org/x", "//example.org/x", "units")) {
            assertThatThrownBy(() -> notifications.notify(List.of(alice.getId()), "home.welcome", List.of("x"), link))
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(as(signedIn(alice), notifications::unreadCount)).isZero();
    }

    @Test
    void anEmailWithTheChineseSubjectAndTheLinkIsSentOnlyOnceTheTransactionCommits() {
        String address = mailbox(alice);
        String name = marker("邮件");
        tx.executeWithoutResult(s -> {
            notifications.notify(List.of(alice.getId()), "home.welcome", List.of(name), "/units/42");
            // nothing leaves before the commit, however long we wait
            assertThat(MailServer.awaitMail(address, name, 1)).isEmpty();
        });

        List<MimeMessage> mails = MailServer.awaitMail(address, name, 10);
        assertThat(mails).hasSize(1);
        MimeMessage mail = mails.get(0);
        assertThat(subjectOf(mail)).isEqualTo("您好，" + name);
        assertThat(bodyOf(mail)).contains("http://localhost:8080/units/42").contains("您好，" + name);
        assertThat(fromOf(mail)).isEqualTo("noreply@localhost");
        assertThat(await(() -> "SENT".equals(as(signedIn(alice), () -> notifications.mine(1)).get(0).emailStatus()), 10))
                .isTrue();
    }

    @Test
    void aRolledBackTransactionLeavesNoMessageAndSendsNoEmail() {
        String address = mailbox(alice);
        String rolledBack = marker("回滚");
        String committed = marker("提交");
        tx.executeWithoutResult(s -> {
            notifications.notify(List.of(alice.getId()), "home.welcome", List.of(rolledBack), null);
            s.setRollbackOnly();
        });
        notifications.notify(List.of(alice.getId()), "home.welcome", List.of(committed), null);

        // the committed one arrives; e-mails go out one after another, so the rolled-back one would be here by now
        assertThat(MailServer.awaitMail(address, committed, 10)).hasSize(1);
        assertThat(MailServer.received(address, rolledBack)).isEmpty();
        assertThat(as(signedIn(alice), () -> notifications.mine(10))).extracting(MessageView::subject)
                .containsExactly("您好，" + committed);
    }

    @Test
    void anAccountWithoutAnAddressGetsTheMessageButNoEmail() {
        String address = mailbox(alice);
        String name = marker("无邮箱");
        notifications.notify(List.of(bob.getId(), alice.getId()), "home.welcome", List.of(name), null);

        assertThat(await(() -> "SENT".equals(as(signedIn(alice), () -> notifications.mine(1)).get(0).emailStatus()), 10))
                .isTrue();
        assertThat(MailServer.received(null, name)).hasSize(1);
        assertThat(MailServer.received(address, name)).hasSize(1);
        assertThat(as(signedIn(bob), () -> notifications.mine(10))).singleElement()
                .satisfies(m -> assertThat(m.emailStatus()).isNull());
    }

    private String inboxPage(Account account, String lang) throws Exception {
        var request = get("/messages").with(user(signedIn(account)));
        if (lang != null) {
            request = request.param("lang", lang);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private PlatformUser signedIn(Account account) {
        return (PlatformUser) users.loadUserByUsername(account.getUsername());
    }

    /** Gives the account an e-mail address, as the system administrator does. */
    private String mailbox(Account account) {
        String address = account.getUsername() + "@example.org";
        as(world.user(Role.SYSTEM_ADMIN), () -> {
            accounts.changeEmail(account.getId(), address);
            return null;
        });
        return address;
    }

    private static String marker(String text) {
        return text + AccessMatrix.next();
    }

    /** Waits at most {@code seconds} for {@code condition}, pausing on the mail server rather than sleeping. */
    private static boolean await(BooleanSupplier condition, int seconds) {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            MailServer.server().waitForIncomingEmail(100, Integer.MAX_VALUE);
        }
        return true;
    }

    private static String subjectOf(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fromOf(MimeMessage mail) {
        try {
            return mail.getFrom()[0].toString();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String bodyOf(MimeMessage mail) {
        try {
            return mail.getContent().toString();
        } catch (jakarta.mail.MessagingException | java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
