package cn.quzhou.stations.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;

/** 通知公告: the city CAST writes, publishes and withdraws; the public and every official read the published ones. */
class AnnouncementTests extends PlatformTest {

    @Autowired
    Announcements announcements;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        world.ensure();
    }

    @Test
    void aPublishedAnnouncementIsOnThePublicPagesAndTheHomePageAndADraftIsNot() throws Exception {
        MockHttpServletResponse saved = mvc.perform(post("/announcements").param("title", "2099年度学会服务站申报通知")
                .param("kind", "APPLICATION_CALL").param("body", "各有关单位：\n<script>x()</script>请于月底前申报。")
                .with(user(world.user(Role.CITY_CAST))).with(csrf())).andReturn().getResponse();
        assertThat(saved.getRedirectedUrl()).isEqualTo("/announcements");
        long id = jdbc.sql("select id from announcement where title = '2099年度学会服务站申报通知'").query(Long.class).single();

        assertThat(publicList()).doesNotContain("2099年度学会服务站申报通知");
        assertThat(mvc.perform(get("/public/announcements/{id}", id)).andReturn().getResponse().getStatus()).isEqualTo(404);

        mvc.perform(post("/announcements/{id}/publish", id).param("version", "0")
                .with(user(world.user(Role.CITY_CAST))).with(csrf())).andReturn();
        assertThat(publicList()).contains("2099年度学会服务站申报通知", "申报通知");
        String detail = mvc.perform(get("/public/announcements/{id}", id)).andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("请于月底前申报", "&lt;script&gt;", today().toString()).doesNotContain("<script>x()");
        String home = mvc.perform(get("/").with(user(world.user(Role.APPLICANT)))).andReturn().getResponse()
                .getContentAsString();
        assertThat(home).contains("home-announcements", "2099年度学会服务站申报通知");
        assertThat(audited(id)).containsExactly("announcement.create", "announcement.publish");
    }

    @Test
    void aWithdrawnAnnouncementLeavesThePublicPagesAndMayBeCorrectedAndPublishedAgain() {
        long id = as(world.user(Role.CITY_CAST), () -> announcements.create(
                new AnnouncementCommand("2099年度考核结果公告", AnnouncementKind.RESULT, "结果如下。", null, null)));
        as(world.user(Role.CITY_CAST), () -> { announcements.publish(id, 0); return null; });
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> { announcements.update(id,
                new AnnouncementCommand("改标题", AnnouncementKind.RESULT, "改", null, 1)); return null; }))
                .isInstanceOf(ConflictException.class);
        as(world.user(Role.CITY_CAST), () -> { announcements.withdraw(id, 1); return null; });
        assertThat(titles()).doesNotContain("2099年度考核结果公告");
        as(world.user(Role.CITY_CAST), () -> { announcements.update(id,
                new AnnouncementCommand("2099年度考核结果公告（更正）", AnnouncementKind.RESULT, "更正后的结果。", null, 2));
                return null; });
        as(world.user(Role.CITY_CAST), () -> { announcements.publish(id, 3); return null; });
        assertThat(titles()).contains("2099年度考核结果公告（更正）");
        assertThat(audited(id)).containsExactly("announcement.create", "announcement.publish", "announcement.withdraw",
                "announcement.update", "announcement.publish");
    }

    @Test
    void anAnnouncementDatedLaterStaysHiddenUntilItsDate() throws Exception {
        mvc.perform(post("/announcements").param("title", "2099年度考核通知").param("kind", "EVALUATION_NOTICE")
                .param("body", "考核安排。").param("publishedOn", today().plusDays(3).toString())
                .with(user(world.user(Role.CITY_CAST))).with(csrf()));
        long id = jdbc.sql("select id from announcement where title = '2099年度考核通知'").query(Long.class).single();
        as(world.user(Role.CITY_CAST), () -> { announcements.publish(id, 0); return null; });
        assertThat(titles()).doesNotContain("2099年度考核通知");
        clock.advance(java.time.Duration.ofDays(3));
        try {
            assertThat(titles()).contains("2099年度考核通知");
            assertThat(announcements.publishedOne(id).publishedOn()).isEqualTo(today());
        } finally {
            clock.advance(java.time.Duration.ofDays(-3));
        }
    }

    @Test
    void aStaleVersionIsRefusedSoNobodyOverwritesAnotherssChange() {
        long id = as(world.user(Role.CITY_CAST), () -> announcements.create(
                new AnnouncementCommand("2099年度其他公告", AnnouncementKind.OTHER, "内容。", null, null)));
        as(world.user(Role.CITY_CAST), () -> { announcements.update(id,
                new AnnouncementCommand("2099年度其他公告甲", AnnouncementKind.OTHER, "内容。", null, 0)); return null; });
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> { announcements.update(id,
                new AnnouncementCommand("2099年度其他公告乙", AnnouncementKind.OTHER, "内容。", null, 0)); return null; }))
                .isInstanceOf(ConflictException.class);
    }

    private List<String> titles() {
        return announcements.published(cn.quzhou.stations.shared.ListRequest.of(null, 100, null, "2099年度"), null)
                .items().stream().map(AnnouncementView::title).toList();
    }

    private String publicList() throws Exception {
        return mvc.perform(get("/public/announcements").param("q", "2099年度")).andReturn().getResponse()
                .getContentAsString();
    }

    private List<String> audited(long id) {
        return jdbc.sql("select action from audit_event where object_type = 'announcement' and object_id = ? order by id")
                .param(String.valueOf(id)).query(String.class).list();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Asia/Shanghai"));
    }
}
