package cn.quzhou.stations.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The inbox filtered by kind, and the chosen messages marked read at once (audited), back to the same list page. */
class InboxBulkTests extends PlatformTest {

    @Autowired
    Notifications notifications;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theInboxFiltersByKindAndMarksTheCheckedMessagesReadKeepingItsPageAndFilters() throws Exception {
        Account carol = world.freshAccount("inbox-carol", null, null);
        Account dave = world.freshAccount("inbox-dave", null, null);
        for (int i = 0; i < 4; i++) {
            notifications.notify(List.of(carol.getId()), "application.message.review", List.of("申报" + i), "/applications/1");
        }
        notifications.notify(List.of(carol.getId()), "funding.notify.paid", List.of("100"), "/funding");
        notifications.notify(List.of(carol.getId()), "reports.reminder.PLAN", List.of("站", "2089", "2089-03-29"), "/stations");
        notifications.notify(List.of(dave.getId()), "funding.notify.paid", List.of("200"), "/funding");
        PlatformUser me = signedIn(carol);

        assertThat(kinds(me, MessageFilter.Kind.APPLICATION)).hasSize(4);
        assertThat(kinds(me, MessageFilter.Kind.FUNDING)).containsExactly("funding.notify.paid");
        assertThat(kinds(me, MessageFilter.Kind.REMINDER)).containsExactly("reports.reminder.PLAN");

        List<Long> applications = as(me, () -> notifications.page(ListRequest.first(),
                new MessageFilter(null, MessageFilter.Kind.APPLICATION))).items().stream().map(MessageView::id).toList();
        long foreign = as(signedIn(dave), () -> notifications.mine(1)).get(0).id();

        jakarta.servlet.http.Cookie session = cn.quzhou.stations.testsupport.SessionCookie.open(mvc);
        // the address as a browser sends it (a query string: what the inbox remembers as the way back)
        String inbox = mvc.perform(get("/messages?kind=APPLICATION&status=UNREAD&size=2&page=2").cookie(session)
                .with(user(me))).andReturn().getResponse().getContentAsString();
        String address = inbox.replaceAll("(?s).*name=\"back\" value=\"([^\"]*)\".*", "$1").replace("&amp;", "&");
        var post = post("/messages/read").cookie(session).with(user(me)).with(csrf()).param("back", address)
                .param("ids", String.valueOf(applications.get(0)), String.valueOf(applications.get(1)),
                        String.valueOf(foreign));
        String back = mvc.perform(post).andReturn().getResponse().getRedirectedUrl();
        assertThat(mvc.perform(post("/messages/read").with(user(me)).with(csrf()).param("back", "https://evil.example/x"))
                .andReturn().getResponse().getRedirectedUrl()).as("only an inbox address is followed").isEqualTo("/messages");
        assertThat(back).startsWith("/messages?").contains("kind=APPLICATION").contains("status=UNREAD")
                .contains("page=2").contains("size=2");

        assertThat(as(me, () -> notifications.page(ListRequest.first(),
                new MessageFilter(MessageFilter.Status.UNREAD, MessageFilter.Kind.APPLICATION))).total()).isEqualTo(2);
        assertThat(as(signedIn(dave), () -> notifications.unreadCount())).as("another's message stays unread")
                .isEqualTo(1);
        assertThat(jdbc.sql("select summary from audit_event where action = 'notification.markRead' and object_id = ?")
                .param(String.valueOf(carol.getId())).query(String.class).list())
                .singleElement().asString().contains(String.valueOf(applications.get(0))).doesNotContain(String.valueOf(foreign));
    }

    @Test
    void anHtmxMarkingAnswersTheInboxAsItWasAloneWithTheBadgeCountedAfresh() throws Exception {
        Account erin = world.freshAccount("inbox-erin", null, null);
        for (int i = 0; i < 3; i++) {
            notifications.notify(List.of(erin.getId()), "application.message.review", List.of("就地" + i), "/applications/1");
        }
        PlatformUser me = signedIn(erin);
        long first = as(me, () -> notifications.mine(3)).get(0).id();

        var answer = mvc.perform(post("/messages/read").with(user(me)).with(csrf())
                .header("HX-Request", "true").header("HX-Target", "list-page")
                .param("back", "/messages?status=UNREAD&q=%E5%B0%B1%E5%9C%B0").param("ids", String.valueOf(first)))
                .andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        String fragment = answer.getContentAsString().strip();
        assertThat(fragment).startsWith("<section id=\"list-page\"").doesNotContain("<html")
                .doesNotContain("<nav class=\"navbar");
        assertThat(fragment).as("the unread inbox as it was: the two left")
                .containsPattern("id=\"list-q\"[^>]*value=\"就地\"").containsPattern("<option value=\"UNREAD\" selected")
                .doesNotContain("data-message-id=\"" + first + "\"");
        assertThat(fragment.split("class=\"table-warning fw-semibold message-unread\"", -1)).hasSize(3);
        assertThat(fragment).containsPattern("<span id=\"unread-count\" hx-swap-oob=\"true\"><span id=\"unread-badge\"[^>]*>2</span>")
                .containsPattern("id=\"page-notice\">已将 1 条消息标为已读。");
        assertThat(fragment).as("its links are the inbox's, not the marking's").doesNotContain("/messages/read?")
                .containsPattern("href=\"/messages\\?status=UNREAD&amp;q=%E5%B0%B1%E5%9C%B0&amp;size=");

        String plain = mvc.perform(post("/messages/read").with(user(me)).with(csrf()).param("back", "/messages")
                .param("ids", String.valueOf(first))).andReturn().getResponse().getRedirectedUrl();
        assertThat(plain).as("without htmx, back to the inbox as before").isEqualTo("/messages");
    }

    private List<String> kinds(PlatformUser me, MessageFilter.Kind kind) {
        return as(me, () -> notifications.page(ListRequest.first(), new MessageFilter(null, kind))).items().stream()
                .map(MessageView::subjectKey).toList();
    }

    private PlatformUser signedIn(Account account) {
        return (PlatformUser) users.loadUserByUsername(account.getUsername());
    }
}
