package cn.quzhou.stations.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The inbox: the account's own messages only, newest first, a page at a time, by read state and keyword. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InboxListTests extends PlatformTest {

    private final String marker = "收件箱" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @Autowired
    Notifications notifications;

    @Autowired
    UserDetailsService users;

    private Account alice;
    private Account bob;
    private final List<Long> bobs = new ArrayList<>();

    @BeforeAll
    void fillTheInboxes() {
        alice = world.freshAccount("inbox-alice", null, null);
        bob = world.freshAccount("inbox-bob", null, null);
        for (int i = 0; i < 30; i++) {
            notifications.notify(List.of(alice.getId()), "home.welcome", List.of(marker + "-" + i), null);
        }
        for (int i = 0; i < 3; i++) {
            notifications.notify(List.of(alice.getId()), "notification.inbox.empty", List.of(), null);
        }
        for (int i = 0; i < 5; i++) {
            notifications.notify(List.of(bob.getId()), "home.welcome", List.of(marker + "-bob"), null);
        }
        bobs.addAll(as(signedIn(bob), () -> notifications.mine(10)).stream().map(MessageView::id).toList());
        // alice reads the four oldest
        List<MessageView> oldest = as(signedIn(alice), () -> notifications.page(ListRequest.of(5, 7, null, null),
                MessageFilter.none())).items();
        oldest.subList(oldest.size() - 4, oldest.size()).forEach(m -> as(signedIn(alice), () -> notifications.open(m.id())));
    }

    private Paged<MessageView> alices(Integer page, Integer size, String q, MessageFilter filter) {
        return as(signedIn(alice), () -> notifications.page(ListRequest.of(page, size, null, q), filter));
    }

    @Test
    void theInboxIsPagedNewestFirstWithoutOverlapAndHoldsNoOneElsesMessage() {
        Paged<MessageView> first = alices(1, 7, null, MessageFilter.none());
        assertThat(first.total()).isEqualTo(33);
        List<Long> seen = new ArrayList<>();
        for (int n = 1; n <= first.totalPages(); n++) {
            seen.addAll(alices(n, 7, null, MessageFilter.none()).items().stream().map(MessageView::id).toList());
        }
        assertThat(seen).hasSize(33).doesNotHaveDuplicates().doesNotContainAnyElementsOf(bobs)
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(first.items().get(0).subject()).isEqualTo("暂无消息。");
    }

    @Test
    void aKeywordMatchesTheSubjectsWordsAndItsArguments() {
        assertThat(alices(1, 100, marker + "-1", MessageFilter.none()).items()).extracting(MessageView::subject)
                .containsExactlyInAnyOrder("您好，" + marker + "-1", "您好，" + marker + "-10", "您好，" + marker + "-11",
                        "您好，" + marker + "-12", "您好，" + marker + "-13", "您好，" + marker + "-14",
                        "您好，" + marker + "-15", "您好，" + marker + "-16", "您好，" + marker + "-17",
                        "您好，" + marker + "-18", "您好，" + marker + "-19");
        assertThat(alices(1, 100, "暂无", MessageFilter.none()).total()).isEqualTo(3);
        assertThat(alices(1, 100, marker + "-bob", MessageFilter.none()).total()).isZero();
    }

    @Test
    void readAndUnreadFiltersSplitTheInbox() {
        assertThat(alices(1, 100, null, new MessageFilter(MessageFilter.Status.READ, null)).items()).hasSize(4)
                .allMatch(MessageView::read);
        assertThat(alices(1, 100, null, new MessageFilter(MessageFilter.Status.UNREAD, null)).items()).hasSize(29)
                .noneMatch(MessageView::read);
    }

    @Test
    void theInboxPageTakesTheSameParametersAndShrugsOffBadOnes() throws Exception {
        String html = mvc.perform(get("/messages").param("status", "SHREDDED").param("page", "-3").param("size", "5")
                .param("q", marker).with(user(signedIn(alice)))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("list-total").contains("您好，" + marker + "-29").doesNotContain(marker + "-bob")
                .doesNotContain("??");
    }

    private PlatformUser signedIn(Account account) {
        return (PlatformUser) users.loadUserByUsername(account.getUsername());
    }
}
