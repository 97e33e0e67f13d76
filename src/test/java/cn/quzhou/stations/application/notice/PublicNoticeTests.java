package cn.quzhou.stations.application.notice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.ApplicationView;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.NoticeFixtures;
import cn.quzhou.stations.application.ReviewDecision;
import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** 公示: the working-day calendar, opening a notice, the public page and its objections, resolving them. */
class PublicNoticeTests extends PlatformTest {

    @Autowired
    PublicNotices notices;

    @Autowired
    WorkingCalendar calendar;

    @Autowired
    NoticeFixtures fixtures;

    @Autowired
    ApplicationFixtures applicationFixtures;

    @Autowired
    Applications applications;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    private Society society;

    @BeforeEach
    void setUp() {
        world.ensure();
        society = applicationFixtures.newSociety(SocietyLevel.NATIONAL);
    }

    @Test
    void theCalendarHoldsThe2026HolidaysAndMakeUpDaysAsRows() {
        assertThat(jdbc.sql("select kind from working_calendar_day where day = ?").param(LocalDate.of(2026, 10, 1))
                .query(String.class).single()).isEqualTo("HOLIDAY");
        assertThat(jdbc.sql("select kind from working_calendar_day where day = ?").param(LocalDate.of(2026, 10, 10))
                .query(String.class).single()).isEqualTo("WORKDAY");
        assertThat(jdbc.sql("select count(*) from working_calendar_day where kind = 'HOLIDAY' and extract(year from day) = 2026")
                .query(Integer.class).single()).isEqualTo(3 + 9 + 3 + 5 + 3 + 3 + 7);
        WorkingDays days = calendar.workingDays();
        assertThat(days.addWorkingDays(LocalDate.of(2026, 9, 30), 1)).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(days.addWorkingDays(LocalDate.of(2026, 2, 13), 1)).isEqualTo(LocalDate.of(2026, 2, 14));
        assertThat(days.lastDayOf(LocalDate.of(2026, 9, 28), calendar.noticeLength(LocalDate.of(2026, 9, 28))))
                .isEqualTo(LocalDate.of(2026, 10, 9));
        // the default length is dated policy data
        assertThat(calendar.noticeLength(LocalDate.of(2026, 1, 1))).isEqualTo(5);
    }

    @Test
    void theCityCastMaintainsTheCalendar() throws Exception {
        LocalDate day = LocalDate.of(2098, 1, 2);
        mvc.perform(post("/applications/calendar").param("day", day.toString()).param("kind", "HOLIDAY")
                        .param("name", "测试假日").with(user(world.user(Role.CITY_CAST))).with(csrf()))
                .andReturn();
        assertThat(calendar.workingDays().isWorkingDay(day)).isFalse();
        mvc.perform(post("/applications/calendar/{day}/remove", day).with(user(world.user(Role.SYSTEM_ADMIN))).with(csrf()))
                .andReturn();
        assertThat(calendar.workingDays().isWorkingDay(day)).isTrue();
    }

    @Test
    void aNewNoticeStartsOnTheNextWorkingDayAndLastsFiveWorkingDays() {
        WorkingDays days = calendar.workingDays();
        LocalDate start = days.addWorkingDays(fixtures.today(), 1);
        NoticeDefaults defaults = as(world.user(Role.CITY_CAST), () -> notices.defaults());
        assertThat(defaults.workingDays()).isEqualTo(5);
        assertThat(defaults.startDate()).isEqualTo(start).isAfter(fixtures.today());
        assertThat(days.isWorkingDay(defaults.startDate())).isTrue();
        assertThat(defaults.endDate()).isEqualTo(days.addWorkingDays(start, 4));

        long app = fixtures.inPublicNotice("默认日期服务站", society);
        long id = as(world.user(Role.CITY_CAST), () -> notices.open(new OpenNoticeCommand(null, null, null, null, List.of(app))));
        NoticeView view = as(world.user(Role.CITY_CAST), () -> notices.get(id));
        assertThat(view.startDate()).isEqualTo(defaults.startDate());
        assertThat(view.endDate()).isEqualTo(defaults.endDate());
        assertThat(view.title()).isEqualTo(PublicNotices.DEFAULT_TITLE);
        // not running yet: the public does not see it
        assertThat(notices.runningPage(cn.quzhou.stations.shared.ListRequest.of(null, 100, null, null), null).items())
                .extracting(PublicNoticeView::id).doesNotContain(id);
        // an application can be in one notice only; one not at the notice step cannot be in any
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> notices.open(
                new OpenNoticeCommand(null, null, null, null, List.of(app))))).isInstanceOf(ConflictException.class);
        long early = applicationFixtures.submittedCityDirect("未到公示服务站", society);
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> notices.open(
                new OpenNoticeCommand(null, null, null, null, List.of(early))))).isInstanceOf(ConflictException.class);
    }

    @Test
    void thePublicPageListsOnlyTheNoticesStationsAndNoPersonalData() throws Exception {
        long listed = fixtures.inPublicNotice("公示名单内服务站", society);
        long other = fixtures.inPublicNotice("未列入公示服务站", applicationFixtures.newSociety(SocietyLevel.PROVINCIAL));
        fixtures.runningToday(List.of(listed));

        String page = mvc.perform(get("/public/notices")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("公示名单内服务站", world.cityUnit.getName(), society.getName(), "全国学会", "化工")
                .doesNotContain("未列入公示服务站")
                // contact person, phones, e-mail, responsible person and experts of the application form
                .doesNotContain("李联系", "13800000000", "li@example.org", "钱负责", "13600000000", "孙专家", "王会长",
                        "13900000000", "张法人");
        String json = mvc.perform(get("/public/api/notices")).andReturn().getResponse().getContentAsString();
        assertThat(json).contains("公示名单内服务站").doesNotContain("未列入公示服务站", "李联系", "13800000000");
        assertThat(other).isPositive();
    }

    @Test
    void anObjectionFromThePublicPageIsStoredWithItsAttachmentAndShownAsText() throws Exception {
        long app = fixtures.inPublicNotice("被异议服务站", society);
        long notice = fixtures.runningToday(List.of(app));
        byte[] evidence = TestFiles.pdf();
        MockHttpServletResponse r = mvc.perform(objection(app, "10.1.0.1", "<script>alert('x')</script>有异议")
                        .file(new MockMultipartFile("file", "证据.pdf", "application/pdf", evidence)))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("异议已收到");
        NoticeView view = as(world.user(Role.CITY_CAST), () -> notices.get(notice));
        assertThat(view.objections()).singleElement().satisfies(o -> {
            assertThat(o.status()).isEqualTo(ObjectionStatus.OPEN);
            assertThat(o.content()).startsWith("<script>");
            assertThat(o.fileName()).isEqualTo("证据.pdf");
        });
        long objectionId = view.objections().get(0).id();
        String detail = mvc.perform(get("/applications/notices/{id}", notice).with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getContentAsString();
        assertThat(detail).contains("&lt;script&gt;").doesNotContain("<script>alert");
        MockHttpServletResponse file = mvc.perform(get("/applications/notices/{id}/objections/{o}/attachment", notice,
                objectionId).with(user(world.user(Role.CITY_TALENT)))).andReturn().getResponse();
        assertThat(file.getStatus()).isEqualTo(200);
        assertThat(file.getContentAsByteArray()).isEqualTo(evidence);
    }

    @Test
    void theHoneypotIsAcceptedAndDropped() throws Exception {
        long app = fixtures.inPublicNotice("蜜罐服务站", society);
        long notice = fixtures.runningToday(List.of(app));
        MockHttpServletResponse r = mvc.perform(objection(app, "10.1.0.2", "机器人").param("website", "http://spam.example"))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).contains("异议已收到");
        assertThat(as(world.user(Role.CITY_CAST), () -> notices.get(notice)).objections()).isEmpty();
    }

    @Test
    void objectionsAreRateLimitedPerAddress() throws Exception {
        long app = fixtures.inPublicNotice("限流服务站", society);
        fixtures.runningToday(List.of(app));
        for (int i = 0; i < 5; i++) {
            assertThat(mvc.perform(objection(app, "10.1.0.3", "第" + i + "条")).andReturn().getResponse().getStatus())
                    .isEqualTo(200);
        }
        MockHttpServletResponse refused = mvc.perform(objection(app, "10.1.0.3", "第六条")).andReturn().getResponse();
        assertThat(refused.getStatus()).isEqualTo(429);
        assertThat(refused.getContentAsString()).contains("提交过于频繁");
        // another address is not affected
        assertThat(mvc.perform(objection(app, "10.1.0.4", "另一地址")).andReturn().getResponse().getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("select count(*) from notice_objection where client_ip = '10.1.0.3'").query(Integer.class).single())
                .isEqualTo(5);
    }

    @Test
    void anObjectionOutsideARunningNoticeIsRefused() throws Exception {
        long app = fixtures.inPublicNotice("未公示服务站", society);
        MockHttpServletResponse r = mvc.perform(objection(app, "10.1.0.5", "无公示")).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentAsString()).doesNotContain("异议已收到");
        assertThat(jdbc.sql("select count(*) from notice_objection where application_id = ?").param(app)
                .query(Integer.class).single()).isZero();
    }

    @Test
    void anUpheldObjectionFailsTheApplicationWithAnOpinionBoxAndTellsTheApplicant() {
        long app = fixtures.inPublicNotice("异议成立服务站", society);
        long notice = fixtures.runningToday(List.of(app));
        long objection = fixtures.objection(notice, app, "10.1.0.6");
        as(world.user(Role.CITY_CAST), () -> notices.resolve(objection,
                new ResolveObjectionCommand(true, "经核实，专家团队不实。", fixtures.objectionVersion(objection))));
        ApplicationView view = as(world.user(Role.CITY_CAST), () -> applications.get(app));
        assertThat(view.status()).isEqualTo(ApplicationStatus.FAILED);
        assertThat(view.reviews()).last().satisfies(r -> {
            assertThat(r.step()).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
            assertThat(r.decision()).isEqualTo(ReviewDecision.REJECT);
            assertThat(r.opinion()).contains("经核实，专家团队不实。");
            assertThat(r.office()).isEqualTo("衢州市科协");
        });
        assertThat(jdbc.sql("select count(*) from notification_message m join account a on a.id = m.recipient_account_id where a.username = 't-city-applicant' and m.subject_key = 'application.message.status.FAILED'")
                .query(Integer.class).single()).isPositive();
        // resolved once only
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> notices.resolve(objection,
                new ResolveObjectionCommand(false, "再次处理", fixtures.objectionVersion(objection)))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aDismissedObjectionLetsTheApplicationContinue() {
        long app = fixtures.inPublicNotice("异议不成立服务站", society);
        long notice = fixtures.runningToday(List.of(app));
        long objection = fixtures.objection(notice, app, "10.1.0.7");
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> notices.resolve(objection,
                new ResolveObjectionCommand(false, " ", fixtures.objectionVersion(objection)))))
                .isInstanceOf(BusinessRuleException.class);
        as(world.user(Role.CITY_CAST), () -> notices.resolve(objection,
                new ResolveObjectionCommand(false, "反映问题不属实。", fixtures.objectionVersion(objection))));
        assertThat(as(world.user(Role.CITY_CAST), () -> applications.get(app).status())).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
        assertThat(as(world.user(Role.CITY_CAST), () -> notices.get(notice)).objections())
                .singleElement().extracting(ObjectionView::status).isEqualTo(ObjectionStatus.DISMISSED);
    }

    @Test
    void theApiOpensANoticeAndAnswers409ForAnApplicationNotAwaitingOne() throws Exception {
        long app = fixtures.inPublicNotice("接口公示服务站", society);
        String token = ApiTokens.of(Role.CITY_CAST, world, tokens);
        MockHttpServletResponse created = mvc.perform(ApiTokens.bearer(post("/api/notices")
                .contentType(MediaType.APPLICATION_JSON).content("{\"applicationIds\": [" + app + "]}"), token)).andReturn().getResponse();
        assertThat(created.getStatus()).isEqualTo(201);
        assertThat(created.getContentAsString()).contains("接口公示服务站");
        MockHttpServletResponse again = mvc.perform(ApiTokens.bearer(post("/api/notices")
                .contentType(MediaType.APPLICATION_JSON).content("{\"applicationIds\": [" + app + "]}"), token)).andReturn().getResponse();
        assertThat(again.getStatus()).isEqualTo(409);
    }

    private MockMultipartHttpServletRequestBuilder objection(long applicationId, String ip, String content) {
        MockMultipartHttpServletRequestBuilder b = multipart("/public/notices/objections");
        b.param("applicationId", String.valueOf(applicationId)).param("name", "公众" + AccessMatrix.next())
                .param("contact", "13511112222").param("content", content).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(ip);
                    return request;
                });
        return b;
    }
}
