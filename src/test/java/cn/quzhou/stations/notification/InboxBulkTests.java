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
        mvc.perform(get("/messages").param("kind", "APPLICATION").param("status", "UNREAD").param("size", "2")
                .param("page", "2").cookie(session).with(user(me)));
        var post = post("/messages/read").cookie(session).with(user(me)).with(csrf())
                .param("ids", String.valueOf(applications.get(0)), String.valueOf(applications.get(1)),
                        String.valueOf(foreign));
        String back = mvc.perform(post).andReturn().getResponse().getRedirectedUrl();
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

    private List<String> kinds(PlatformUser me, MessageFilter.Kind kind) {
        return as(me, () -> notifications.page(ListRequest.first(), new MessageFilter(null, kind))).items().stream()
                .map(MessageView::subjectKey).toList();
    }

    private PlatformUser signedIn(Account account) {
        return (PlatformUser) users.loadUserByUsername(account.getUsername());
    }
}
