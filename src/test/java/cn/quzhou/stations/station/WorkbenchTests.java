package cn.quzhou.stations.station;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.application.PanelFixtures;
import cn.quzhou.stations.application.notice.WorkingDays;
import cn.quzhou.stations.application.notice.internal.ObjectionReminders;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.TodoItem;
import cn.quzhou.stations.organisation.TodoSource;
import cn.quzhou.stations.results.ResultFixtures;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The home page's workbench (待办) on an injected clock: each line with its deadline, the working days waited and an
 * overdue mark; a newly recognised station owes its plan from its recognition and no summary of a year before it.
 * Dates: January 2021 (a review queue nobody else's application is that old in) and 2089 (no other plan or summary).
 */
class WorkbenchTests extends PlatformTest {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Autowired
    List<TodoSource> sources;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    StationFixtures stations;

    @Autowired
    JdbcClient jdbc;

    private Instant start;

    @AfterEach
    void clockBack() {
        if (start != null) {
            clock.set(start);
        }
    }

    @ParameterizedTest(name = "waiting since Monday 4 January 2021, on {0}: waited {1} working days, overdue {2}")
    @CsvSource({"2021-01-15, 9, false", "2021-01-18, 10, false", "2021-01-19, 11, true"})
    void aReviewLineShowsItsDeadlineTheWorkingDaysWaitedAndWhetherItIsOverdue(LocalDate today, int waited,
                                                                               boolean overdue) {
        long id = applications.submittedCityDirect("待办期限服务站" + System.nanoTime(),
                applications.newSociety(SocietyLevel.NATIONAL));
        jdbc.sql("update application set updated_at = ? where id = ?")
                .params(Timestamp.from(at(LocalDate.of(2021, 1, 4))), id).update();
        try {
            setClock(today);
            TodoItem line = todos(world.user(Role.CITY_CAST)).stream()
                    .filter(t -> t.labelKey().equals("application.todo.review.CITY_CAST_REVIEW")).findFirst().orElseThrow();
            // ten working days (the dated parameter of V46) after 4 January
            assertThat(line.deadline()).isEqualTo(LocalDate.of(2021, 1, 18));
            assertThat(line.daysWaited()).isEqualTo(waited);
            assertThat(line.isOverdue()).isEqualTo(overdue);
        } finally {
            jdbc.sql("update application set updated_at = now() where id = ?").param(id).update();
        }
    }

    @Test
    void aStationRecognisedThisYearOwesItsPlanFromItsRecognitionAndNoSummaryOfTheYearBefore() throws Exception {
        String name = "新认定计划服务站" + System.nanoTime();
        long station = stations.recognisedCityDirect(name);
        // recognised on Tuesday 1 March 2089 (SQL instead of recognising on a shared clock so far ahead)
        jdbc.sql("update station set recognised_on = ?, agreement_ends_on = ? where id = ?")
                .params(LocalDate.of(2089, 3, 1), LocalDate.of(2092, 3, 1), station).update();
        PlatformUser host = applications.cityApplicant();

        setClock(LocalDate.of(2089, 3, 2));
        List<TodoItem> mine = ours(host, name);
        assertThat(mine).extracting(TodoItem::labelKey).containsExactly("reports.todo.PLAN");
        TodoItem plan = mine.get(0);
        // twenty working days (V46) after the recognition
        assertThat(plan.deadline()).isEqualTo(LocalDate.of(2089, 3, 29));
        assertThat(plan.daysWaited()).isEqualTo(1);
        assertThat(plan.isOverdue()).isFalse();
        assertThat(plan.href()).isEqualTo("/stations/" + station + "/reports");
        assertThat(as(world.user(Role.CITY_CAST), () -> StationFixtures.reportStatus(reportsFacade, 2089)))
                .filteredOn(r -> r.stationId() == station).extracting(ReportStatus::kind).containsExactly(ReportKind.PLAN);

        setClock(LocalDate.of(2089, 3, 30));
        assertThat(ours(host, name)).singleElement().satisfies(t -> {
            assertThat(t.isOverdue()).isTrue();
            assertThat(t.daysWaited()).isEqualTo(21);
        });
        String html = mvc.perform(get("/").with(user(host))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains(name).contains("截止 2089-03-29").contains("已等待 21 个工作日")
                .contains("todo-overdue-mark").contains("2089年度工作计划").doesNotContain("??");

        setClock(LocalDate.of(2090, 1, 5));
        assertThat(ours(host, name)).extracting(TodoItem::labelKey)
                .containsExactlyInAnyOrder("reports.todo.PLAN", "reports.todo.SUMMARY");
    }

    @Test
    void workingDaysWaitedAndTheEarliestStartOnTimeFollowTheCalendar() {
        // Friday 1 January 2021 a holiday, Sunday 3 January worked (调休)
        WorkingDays days = new WorkingDays(Set.of(LocalDate.of(2021, 1, 1)), Set.of(LocalDate.of(2021, 1, 3)));
        assertThat(days.between(LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 4))).isEqualTo(2);
        LocalDate cutoff = days.earliestOnTime(LocalDate.of(2021, 1, 19), 10);
        assertThat(days.addWorkingDays(cutoff, 10)).isAfterOrEqualTo(LocalDate.of(2021, 1, 19));
        assertThat(days.addWorkingDays(cutoff.minusDays(1), 10)).isBefore(LocalDate.of(2021, 1, 19));
    }

    @Test
    void aPlanDueWithinFiveWorkingDaysIsRemindedOncePerDayAndOverdueOnesDailyAfterwards() {
        String name = "计划提醒服务站" + System.nanoTime();
        long station = stations.recognisedCityDirect(name);
        jdbc.sql("update station set recognised_on = ?, agreement_ends_on = ? where id = ?")
                .params(LocalDate.of(2089, 3, 1), LocalDate.of(2092, 3, 1), station).update();
        String link = "/stations/" + station + "/reports";
        planReminders.remindOn(LocalDate.of(2089, 3, 21));
        assertThat(messages(link)).as("deadline 29 March is six working days away").isEmpty();
        planReminders.remindOn(LocalDate.of(2089, 3, 22));
        planReminders.remindOn(LocalDate.of(2089, 3, 22));
        int once = messages(link).size();
        assertThat(once).as("the host unit's accounts, once however often the job runs").isPositive();
        assertThat(messages(link)).allMatch(k -> k.equals("reports.reminder.PLAN"));
        planReminders.remindOn(LocalDate.of(2089, 3, 30));
        assertThat(messages(link)).hasSize(2 * once).contains("reports.reminder.overdue.PLAN");
    }

    @Test
    void aReviewNearItsDeadlineIsRemindedToTheDecidingOfficeOncePerDay() {
        long id = applications.submittedCityDirect("审核提醒服务站" + System.nanoTime(),
                applications.newSociety(SocietyLevel.NATIONAL));
        jdbc.sql("update application set updated_at = ? where id = ?")
                .params(Timestamp.from(at(LocalDate.of(2021, 1, 4))), id).update();
        String link = "/applications/" + id;
        try {
            reviewReminders.remindOn(LocalDate.of(2021, 1, 12));
            assertThat(messages(link)).as("due 18 January, four working days away").isEmpty();
            reviewReminders.remindOn(LocalDate.of(2021, 1, 13));
            reviewReminders.remindOn(LocalDate.of(2021, 1, 13));
            assertThat(messages(link)).isNotEmpty().allMatch(k -> k.equals("application.reminder.due"));
            assertThat(recipients(link)).contains(world.user(Role.CITY_CAST).accountId());
            int once = messages(link).size();
            reviewReminders.remindOn(LocalDate.of(2021, 1, 19));
            assertThat(messages(link)).hasSize(2 * once).contains("application.reminder.overdue");
        } finally {
            jdbc.sql("update application set updated_at = now() where id = ?").param(id).update();
        }
    }

    /** Monday 1 November 2021: a month without holidays, after the service terms of V52 took effect. */
    private static final LocalDate NOV_1 = LocalDate.of(2021, 11, 1);

    @ParameterizedTest(name = "a self-report at the city review since 1 November 2021, on {0}: waited {1}, overdue {2}")
    @CsvSource({"2021-11-12, 9, false", "2021-11-15, 10, false", "2021-11-16, 11, true"})
    void theCitysSelfReportReviewLineShowsItsDeadlineTheDaysWaitedAndWhetherItIsOverdue(LocalDate today, int waited,
                                                                                         boolean overdue) {
        long report = selfReportAtCityReviewSince(NOV_1);
        try {
            setClock(today);
            TodoItem line = line(world.user(Role.CITY_CAST), "evaluation.todo.reports");
            // ten working days (REPORT_REVIEW, V52) after 1 November
            assertThat(line.deadline()).isEqualTo(LocalDate.of(2021, 11, 15));
            assertThat(line.daysWaited()).isEqualTo(waited);
            assertThat(line.isOverdue()).isEqualTo(overdue);
        } finally {
            backToDraft(report);
        }
    }

    @ParameterizedTest(name = "an instalment due since 1 November 2021, on {0}: waited {1}, overdue {2}")
    @CsvSource({"2021-11-29, 20, false", "2021-11-30, 21, true"})
    void theDueInstalmentsLineShowsItsDeadlineTheDaysWaitedAndWhetherItIsOverdue(LocalDate today, int waited,
                                                                                 boolean overdue) {
        long station = funding.national("待办拨付服务站" + System.nanoTime());
        funding.publish(station, 2095, 1, 1, Grade.QUALIFIED);
        long instalment = funding.instalment(station, 2095).id();
        jdbc.sql("update grant_instalment set created_at = ? where id = ?")
                .params(Timestamp.from(at(NOV_1)), instalment).update();
        try {
            setClock(today);
            TodoItem line = line(world.user(Role.CITY_CAST), "funding.todo.due");
            // twenty working days (PAYMENT, V52) after 1 November
            assertThat(line.deadline()).isEqualTo(LocalDate.of(2021, 11, 29));
            assertThat(line.daysWaited()).isEqualTo(waited);
            assertThat(line.isOverdue()).isEqualTo(overdue);
            assertThat(line.overdue()).isEqualTo(overdue ? 1 : 0);
        } finally {
            jdbc.sql("update grant_instalment set created_at = now() where id = ?").param(instalment).update();
        }
    }

    @Test
    void anExpertsSheetsLineShowsItsDeadlineTheDaysWaitedAndTurnsOverdueAfterIt() {
        PanelFixtures.ExpertAccount expert = panels.clean("待办评审专家" + System.nanoTime());
        long application = panels.atPanelReview("待办评审服务站" + System.nanoTime(),
                applications.newSociety(SocietyLevel.NATIONAL));
        long panel = panels.form("待办评审组" + System.nanoTime(), Set.of(expert.id()), Set.of(application));
        jdbc.sql("update review_panel set formed_at = ? where id = ?").params(Timestamp.from(at(NOV_1)), panel)
                .update();

        setClock(LocalDate.of(2021, 11, 15));
        TodoItem line = line(expert.user(), "panel.todo.sheets");
        // ten working days (PANEL_SHEET, V52) after the panel was formed
        assertThat(line.deadline()).isEqualTo(LocalDate.of(2021, 11, 15));
        assertThat(line.daysWaited()).isEqualTo(10);
        assertThat(line.isOverdue()).isFalse();
        assertThat(line.count()).isEqualTo(1);

        setClock(LocalDate.of(2021, 11, 16));
        assertThat(line(expert.user(), "panel.todo.sheets")).satisfies(t -> {
            assertThat(t.daysWaited()).isEqualTo(11);
            assertThat(t.overdue()).isEqualTo(1);
        });
    }

    @Test
    void beforeItsServiceTermTookEffectALineIsAPlainCount() {
        PanelFixtures.ExpertAccount expert = panels.clean("期限前评审专家" + System.nanoTime());
        long application = panels.atPanelReview("期限前评审服务站" + System.nanoTime(),
                applications.newSociety(SocietyLevel.NATIONAL));
        panels.form("期限前评审组" + System.nanoTime(), Set.of(expert.id()), Set.of(application));
        setClock(LocalDate.of(2021, 8, 16));
        assertThat(line(expert.user(), "panel.todo.sheets")).satisfies(t -> {
            assertThat(t.count()).isEqualTo(1);
            assertThat(t.deadline()).isNull();
            assertThat(t.daysWaited()).isNull();
            assertThat(t.isOverdue()).isFalse();
        });
    }

    /**
     * The self-report of 2062 (a year only this class opens, once), put at the city review on {@code since} by SQL:
     * a facade cannot — {@code since} (2021) lies decades before the round it belongs to opens (2063).
     */
    private long selfReportAtCityReviewSince(LocalDate since) {
        long report = firstReport2062();
        jdbc.sql("update evaluation_report set status = 'CITY_REVIEW', submitted_at = ? where id = ?")
                .params(Timestamp.from(at(since)), report).update();
        return report;
    }

    /** Puts the shared 2062 report back to an unsubmitted draft by SQL, for the next test: no facade un-submits. */
    private void backToDraft(long report) {
        jdbc.sql("update evaluation_report set status = 'DRAFT', submitted_at = null where id = ?").param(report)
                .update();
    }

    /**
     * The unit's lapsed draft, returned for resubmission by {@code resubmitBy}, set by SQL: a facade returns only a
     * submitted report, and this one lapsed unsubmitted (what the test asserts just before).
     */
    private void returnedForResubmissionBy(long report, LocalDate resubmitBy) {
        jdbc.sql("update evaluation_report set status = 'RETURNED', resubmit_by = ? where id = ?")
                .params(resubmitBy, report).update();
    }

    // ---- the four lines that were plain counts (V53) and their reminders ----

    @Test
    void aUnitsOwnSelfReportIsDueOnItsRoundsDeadlineAndLeavesTheListWhenItLapsesWithoutTheReadChangingIt() {
        PlatformUser unit = freshApplicant("待办自评单位");
        long report = ownSelfReport2062(unit);

        setClock(LocalDate.of(2063, 1, 20));
        TodoItem line = line(unit, "evaluation.todo.reports");
        // the round's report deadline (Saturday 20 January), waiting since the round opened on Friday 5 January
        assertThat(line.deadline()).isEqualTo(LocalDate.of(2063, 1, 20));
        assertThat(line.daysWaited()).isEqualTo(10);
        assertThat(line.isOverdue()).isFalse();
        assertThat(line.count()).isEqualTo(1);

        setClock(LocalDate.of(2063, 1, 21));
        assertThat(todos(unit)).as("past the deadline a draft is NOT_SUBMITTED (Art. 13): nothing left to do")
                .extracting(TodoItem::labelKey).doesNotContain("evaluation.todo.reports");
        assertThat(status(report)).as("the workbench only reads: the sweep is the daily job's").isEqualTo("DRAFT");

        returnedForResubmissionBy(report, LocalDate.of(2063, 2, 10));
        assertThat(line(unit, "evaluation.todo.reports")).satisfies(t -> {
            assertThat(t.deadline()).as("a returned report is due on its resubmission deadline").isEqualTo(
                    LocalDate.of(2063, 2, 10));
            assertThat(t.isOverdue()).isFalse();
        });
        jdbc.sql("update evaluation_report set resubmit_by = null where id = ?").param(report).update();
        assertThat(line(unit, "evaluation.todo.reports")).satisfies(t -> {
            assertThat(t.deadline()).as("a return from before V21 has none: the round's").isEqualTo(
                    LocalDate.of(2063, 1, 20));
            assertThat(t.isOverdue()).isTrue();
        });
    }

    @Test
    void aSelfReportNearItsDeadlineIsRemindedToItsUnitOncePerDayWithTheReasonAndALink() {
        PlatformUser unit = freshApplicant("自评提醒单位");
        long report = ownSelfReport2062(unit);
        String link = "/evaluations/reports/" + report;
        unitReminders.remindOn(LocalDate.of(2063, 1, 12));
        assertThat(messages(link)).as("due 20 January: six working days away").isEmpty();
        unitReminders.remindOn(LocalDate.of(2063, 1, 15));
        unitReminders.remindOn(LocalDate.of(2063, 1, 15));
        assertThat(messages(link)).containsExactly("evaluation.reminder.report");
        assertThat(recipients(link)).containsExactly(unit.accountId());
        assertThat(text(link)).contains("2062").contains("2063-01-20").contains("自评报告");
        unitReminders.remindOn(LocalDate.of(2063, 1, 21));
        assertThat(messages(link)).as("lapsed: nothing to remind of").hasSize(1);
    }

    @Test
    void anObjectionIsDueTenWorkingDaysAfterItsReceiptAndTurnsOverdueAfterThat() {
        long objection = objectionReceivedOn(NOV_1);
        try {
            setClock(LocalDate.of(2021, 11, 15));
            TodoItem line = line(world.user(Role.CITY_CAST), "notice.todo.objections");
            // ten working days (OBJECTION, V53) after its receipt
            assertThat(line.deadline()).isEqualTo(LocalDate.of(2021, 11, 15));
            assertThat(line.daysWaited()).isEqualTo(10);
            assertThat(line.isOverdue()).isFalse();

            setClock(LocalDate.of(2021, 11, 16));
            assertThat(line(world.user(Role.CITY_CAST), "notice.todo.objections")).satisfies(t -> {
                assertThat(t.daysWaited()).isEqualTo(11);
                assertThat(t.overdue()).isEqualTo(1);
            });
        } finally {
            jdbc.sql("update notice_objection set received_at = now() where id = ?").param(objection).update();
        }
    }

    @Test
    void anObjectionNearItsDeadlineIsRemindedToTheCityCastOncePerDayWithTheReasonAndALink() {
        long objection = objectionReceivedOn(NOV_1);
        try {
            long notice = jdbc.sql("select notice_id from notice_objection where id = ?").param(objection)
                    .query(Long.class).single();
            String link = "/applications/notices/" + notice + "#objection-" + objection;
            objectionReminders.remindOn(LocalDate.of(2021, 11, 9));
            assertThat(messages(link)).as("due 15 November: four working days away").isEmpty();
            objectionReminders.remindOn(LocalDate.of(2021, 11, 10));
            objectionReminders.remindOn(LocalDate.of(2021, 11, 10));
            int once = messages(link).size();
            assertThat(messages(link)).isNotEmpty().allMatch(k -> k.equals("notice.reminder.objection"));
            assertThat(recipients(link)).contains(world.user(Role.CITY_CAST).accountId()).doesNotHaveDuplicates();
            assertThat(text(link)).contains("2021-11-01").contains("2021-11-15").contains("异议");
            objectionReminders.remindOn(LocalDate.of(2021, 11, 16));
            assertThat(messages(link)).hasSize(2 * once).contains("notice.reminder.objection.overdue");
        } finally {
            jdbc.sql("update notice_objection set received_at = now() where id = ?").param(objection).update();
        }
    }

    @Test
    void aUnitsRectificationIsDueOnItsDeadlineAndTurnsOverdueAfterIt() throws Exception {
        PlatformUser unit = freshApplicant("待办整改单位");
        rectificationDueOn(unit, LocalDate.of(2021, 11, 30));

        setClock(LocalDate.of(2021, 11, 30));
        TodoItem line = line(unit, "results.todo.rectify");
        assertThat(line.deadline()).isEqualTo(LocalDate.of(2021, 11, 30));
        assertThat(line.daysWaited()).as("since the notice on 1 November").isEqualTo(21);
        assertThat(line.isOverdue()).isFalse();

        setClock(LocalDate.of(2021, 12, 1));
        assertThat(line(unit, "results.todo.rectify").isOverdue()).isTrue();
        String html = mvc.perform(get("/").with(user(unit))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("截止 2021-11-30").contains("todo-overdue-mark").doesNotContain("??");
    }

    @Test
    void theReviewingOfficesOverdueRectificationsLineIsMarkedOverdueWithTheEarliestDeadlineAndTheDaysWaited()
            throws Exception {
        PlatformUser unit = freshApplicant("待办逾期整改单位");
        rectificationDueOn(unit, LocalDate.of(2021, 11, 30));

        setClock(LocalDate.of(2021, 12, 1));
        TodoItem line = line(world.user(Role.CITY_CAST), "results.todo.overdue");
        assertThat(line.isOverdue()).isTrue();
        assertThat(line.overdue()).isEqualTo(line.count());
        assertThat(line.deadline()).isBeforeOrEqualTo(LocalDate.of(2021, 11, 30));
        assertThat(line.daysWaited()).as("since the oldest overdue task was opened").isNotNull().isGreaterThan(0);
    }

    @Test
    void anApplicationWaitingForItsPublicNoticeShowsTheWorkingDaysItHasWaitedNeverOverdue() {
        setClock(LocalDate.of(2021, 11, 1));
        noticeFixtures.inPublicNotice("待办待公示服务站",
                applicationFixtures.newSociety(cn.quzhou.stations.organisation.SocietyLevel.NATIONAL));

        setClock(LocalDate.of(2021, 11, 8));
        TodoItem line = line(world.user(Role.CITY_CAST), "notice.todo.candidates");
        assertThat(line.daysWaited()).as("the oldest candidate waits at least since 1 November").isGreaterThanOrEqualTo(5);
        assertThat(line.deadline()).isNull();
        assertThat(line.isOverdue()).isFalse();
    }

    @Autowired
    cn.quzhou.stations.application.NoticeFixtures noticeFixtures;

    @Autowired
    cn.quzhou.stations.application.ApplicationFixtures applicationFixtures;

    @Test
    void aRectificationNearItsDeadlineIsRemindedToItsUnitOncePerDayAndDailyOnceOverdue() {
        PlatformUser unit = freshApplicant("整改提醒单位");
        long task = rectificationDueOn(unit, LocalDate.of(2021, 11, 30));
        String link = "/rectifications/" + task;
        unitReminders.remindOn(LocalDate.of(2021, 11, 15));
        assertThat(messages(link)).as("due 30 November: eleven working days away").isEmpty();
        unitReminders.remindOn(LocalDate.of(2021, 11, 16));
        unitReminders.remindOn(LocalDate.of(2021, 11, 16));
        assertThat(messages(link)).containsExactly("results.reminder.rectify");
        assertThat(recipients(link)).containsExactly(unit.accountId());
        assertThat(text(link)).contains("2021-11-30").contains("整改");
        unitReminders.remindOn(LocalDate.of(2021, 12, 1));
        unitReminders.remindOn(LocalDate.of(2021, 12, 1));
        assertThat(messages(link)).containsExactly("results.reminder.rectify", "results.reminder.rectify.overdue");
    }

    @Test
    void anApplicantsDraftHasNoDeadlineAndShowsTheWorkingDaysSinceItsLastChangeNeverOverdue() throws Exception {
        PlatformUser unit = freshApplicant("待办草稿单位");
        long draft = applications.draft(unit, "待办草稿服务站" + System.nanoTime());
        jdbc.sql("update application set updated_at = ? where id = ?").params(Timestamp.from(at(NOV_1)), draft)
                .update();

        setClock(LocalDate.of(2021, 11, 15));
        TodoItem line = line(unit, "application.todo.own.DRAFT");
        assertThat(line.deadline()).as("applications are taken all year: no call closes").isNull();
        assertThat(line.daysWaited()).isEqualTo(10);
        assertThat(line.isOverdue()).isFalse();
        assertThat(line.href()).isEqualTo("/applications?status=DRAFT");

        setClock(LocalDate.of(2021, 12, 31));
        assertThat(line(unit, "application.todo.own.DRAFT").isOverdue()).isFalse();
        String html = mvc.perform(get("/").with(user(unit))).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("未提交的申请书草稿").contains("已等待 44 个工作日").doesNotContain("todo-deadline")
                .doesNotContain("??");
    }

    /** An applicant account of a unit of its own: its to-do lines hold only what the test gives it. */
    private PlatformUser freshApplicant(String name) {
        var unit = world.unit(name + System.nanoTime(), world.cityDirect);
        var account = world.freshAccount("todo-unit", unit.getId(), null);
        jdbc.sql("insert into account_role (account_id, role_code) values (?, 'APPLICANT')").param(account.getId())
                .update();
        return (PlatformUser) users.loadUserByUsername(account.getUsername());
    }

    /**
     * A draft self-report of {@code unit}'s own station in the round of 2062 (deadline 20 January 2063, opened on
     * 5 January), added by SQL beside the round's participants as the round was opened once for the whole class.
     */
    private long ownSelfReport2062(PlatformUser unit) {
        long first = firstReport2062();
        String name = "待办自评服务站" + System.nanoTime();
        long station = stations.recognisedCityDirect(name);
        jdbc.sql("update station set host_unit_id = ? where id = ?").params(unit.hostUnitId(), station).update();
        return jdbc.sql("""
                insert into evaluation_report (round_id, year, station_id, station_name, host_unit_id, jurisdiction_id,
                       society_id, level, city_direct, station_year, status)
                select round_id, year, ?, ?, ?, jurisdiction_id, society_id, level, city_direct, 1, 'DRAFT'
                  from evaluation_report where id = ? returning id""")
                .params(station, name, unit.hostUnitId(), first).query(Long.class).single();
    }

    private String status(long report) {
        return jdbc.sql("select status from evaluation_report where id = ?").param(report).query(String.class)
                .single();
    }

    /** An open objection (to a notice of a station of its own) received on {@code day}, set by SQL. */
    private long objectionReceivedOn(LocalDate day) {
        long application = notices.inPublicNotice("待办异议服务站" + System.nanoTime(),
                applications.newSociety(SocietyLevel.NATIONAL));
        long notice = notices.runningToday(List.of(application));
        long objection = notices.objection(notice, application, "10.14.2." + (System.nanoTime() % 250 + 1));
        jdbc.sql("update notice_objection set received_at = ? where id = ?").params(Timestamp.from(at(day)), objection)
                .update();
        return objection;
    }

    /** An open rectification of {@code unit}'s own station, noticed on 1 November 2021, due on {@code deadline}. */
    private long rectificationDueOn(PlatformUser unit, LocalDate deadline) {
        long station = results.station("待办整改服务站" + System.nanoTime(), LocalDate.of(2076, 1, 10));
        jdbc.sql("update station set host_unit_id = ? where id = ?").params(unit.hostUnitId(), station).update();
        results.publish(2077, station, Grade.UNQUALIFIED, new java.math.BigDecimal("45"));
        long task = jdbc.sql("select id from rectification where station_id = ? and status = 'OPEN'").param(station)
                .query(Long.class).single();
        jdbc.sql("update rectification set opened_on = ?, first_deadline = ?, deadline = ? where id = ?")
                .params(NOV_1, deadline, deadline, task).update();
        return task;
    }

    private String text(String link) {
        return jdbc.sql("select subject_key, args from notification_message where link = ?"
                        + " and subject_key like '%reminder%' order by id limit 1")
                .param(link).query((rs, n) -> notifications.render(rs.getString(1),
                        List.of((String[]) rs.getArray(2).getArray()), java.util.Locale.SIMPLIFIED_CHINESE))
                .single();
    }

    @Autowired
    cn.quzhou.stations.application.NoticeFixtures notices;

    @Autowired
    ResultFixtures results;

    @Autowired
    cn.quzhou.stations.evaluation.internal.UnitReminders unitReminders;

    @Autowired
    ObjectionReminders objectionReminders;

    @Autowired
    cn.quzhou.stations.notification.Notifications notifications;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    /** The first report of the round of 2062 (a year only this class opens, once, on 5 January 2063). */
    private long firstReport2062() {
        if (jdbc.sql("select count(*) from evaluation_round where year = 2062").query(Long.class).single() == 0) {
            Instant was = clock.set(at(LocalDate.of(2063, 1, 5)));
            try {
                evaluations.cityStation("待办自评服务站" + System.nanoTime(), 2062);
                evaluations.open(2062, LocalDate.of(2063, 1, 20));
            } finally {
                clock.set(was);
            }
        }
        return jdbc.sql("select min(id) from evaluation_report where year = 2062").query(Long.class).single();
    }

    private TodoItem line(PlatformUser user, String key) {
        return todos(user).stream().filter(t -> t.labelKey().equals(key)).findFirst().orElseThrow();
    }

    @Autowired
    cn.quzhou.stations.evaluation.EvaluationFixtures evaluations;

    @Autowired
    cn.quzhou.stations.funding.FundingFixtures funding;

    @Autowired
    PanelFixtures panels;

    @Autowired
    cn.quzhou.stations.station.internal.ReportReminders planReminders;

    @Autowired
    cn.quzhou.stations.application.internal.ReviewReminders reviewReminders;

    private List<String> messages(String link) {
        return jdbc.sql("select subject_key from notification_message where link = ? and subject_key like '%reminder%'")
                .param(link).query(String.class).list();
    }

    private List<Long> recipients(String link) {
        return jdbc.sql("select recipient_account_id from notification_message where link = ?"
                        + " and subject_key like '%reminder%'").param(link)
                .query(Long.class).list();
    }

    @Autowired
    AnnualReports reportsFacade;

    private List<TodoItem> ours(PlatformUser host, String name) {
        return todos(host).stream().filter(t -> t.args().contains(name)).toList();
    }

    private List<TodoItem> todos(PlatformUser user) {
        Supplier<List<TodoItem>> all = () -> sources.stream().flatMap(s -> s.todosFor(user).stream()).toList();
        return as(user, all);
    }

    private void setClock(LocalDate day) {
        Instant was = clock.set(at(day));
        if (start == null) {
            start = was;
        }
    }

    private static Instant at(LocalDate day) {
        return LocalDateTime.of(day, java.time.LocalTime.of(10, 0)).atZone(BEIJING).toInstant();
    }
}
