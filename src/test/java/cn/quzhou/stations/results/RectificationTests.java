package cn.quzhou.stations.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.quzhou.stations.application.ApplicationFixtures;
import cn.quzhou.stations.documents.TestFiles;
import cn.quzhou.stations.evaluation.scoring.Grade;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.results.CorrectionCommand;
import cn.quzhou.stations.results.CorrectionView;
import cn.quzhou.stations.results.DeadlineCommand;
import cn.quzhou.stations.results.DecisionNote;
import cn.quzhou.stations.results.EvaluationResults;
import cn.quzhou.stations.results.RectificationReport;
import cn.quzhou.stations.results.RectificationView;
import cn.quzhou.stations.results.Rectifications;
import cn.quzhou.stations.results.ResultCorrections;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Art. 17 通报批评、责令限期整改: an unqualified year is tracked to closure. */
class RectificationTests extends PlatformTest {

    @Autowired
    ResultFixtures fixtures;

    @Autowired
    Rectifications rectifications;

    @Autowired
    ApplicationFixtures applications;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EvaluationResults results;

    @Autowired
    ResultCorrections corrections;

    @Test
    void anUnqualifiedYearOpensARectificationWithACriticismNoticeAndItClosesWithEvidence() throws Exception {
        String name = "整改服务站" + System.nanoTime();
        long station = fixtures.station(name, LocalDate.of(2067, 1, 10));
        fixtures.publish(2068, station, Grade.UNQUALIFIED, new BigDecimal("48"));
        RectificationView task = task(station, 2068);
        assertThat(task.status()).isEqualTo(RectificationView.Status.OPEN);
        assertThat(task.deadline()).as("three months, policy data").isEqualTo(LocalDate.now(clock).plusMonths(3));
        assertThat(task.noticeNumber()).matches("衢市科协〔\\d{4}〕通\\d+号");
        assertThat(task.noticeReason()).contains("48");
        assertThat(jdbc.sql("""
                select count(*) from notification_message
                 where recipient_account_id = ? and subject_key = 'results.notify.rectificationOpened' and ? = any(args)""")
                .params(applications.cityApplicant().accountId(), name).query(Long.class).single())
                .as("the host unit is told").isEqualTo(1);

        String notice = text(as(world.user(Role.CITY_TALENT), () -> rectifications.noticePdf(task.id())));
        assertThat(notice).contains(name).contains(task.noticeNumber()).contains("通报批评").contains("衢州市直属研究院")
                .contains("2068");

        as(applications.cityApplicant(), () -> rectifications.submit(task.id(),
                new RectificationReport("已完善专家在站制度并补齐年度计划"), "整改报告.pdf",
                new ByteArrayInputStream(TestFiles.pdf())));
        assertThat(view(task.id()).status()).isEqualTo(RectificationView.Status.SUBMITTED);
        assertThat(view(task.id()).reportFileName()).isEqualTo("整改报告.pdf");
        assertThatThrownBy(() -> as(world.user(Role.COUNTY_CAST), () -> {
            rectifications.accept(task.id(), null);
            return null;
        })).as("a county CAST does not see a city-direct station's task").isInstanceOf(NotFoundException.class);

        as(world.user(Role.CITY_CAST), () -> {
            rectifications.accept(task.id(), "整改到位");
            return null;
        });
        RectificationView closed = view(task.id());
        assertThat(closed.status()).isEqualTo(RectificationView.Status.CLOSED);
        assertThat(closed.steps()).extracting(RectificationView.Step::kind).containsExactly("OPENED", "SUBMITTED", "CLOSED");
        assertThat(mvc.perform(get("/rectifications/{id}/file", task.id()).with(user(world.user(Role.CITY_CAST))))
                .andReturn().getResponse().getStatus()).isEqualTo(200);
    }

    @Test
    void aTaskPastItsDeadlineIsOverdueForStaffAndTheCityCastSetsAnotherDeadline() throws Exception {
        String name = "逾期整改服务站" + System.nanoTime();
        long station = fixtures.station(name, LocalDate.of(2068, 1, 10));
        fixtures.publish(2069, station, Grade.UNQUALIFIED, null);
        long id = task(station, 2069).id();
        var before = clock.set(clock.instant().plus(Duration.ofDays(100)));
        try {
            assertThat(as(world.user(Role.CITY_TALENT), () -> rectifications.list(true)))
                    .anySatisfy(t -> assertThat(t.id()).isEqualTo(id));
            assertThat(mvc.perform(get("/rectifications").param("overdue", "true")
                    .with(user(world.user(Role.CITY_CAST)))).andReturn().getResponse().getContentAsString())
                    .contains(name);
            assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> {
                rectifications.setDeadline(id, new DeadlineCommand(LocalDate.now(clock).minusDays(1), "过去"));
                return null;
            })).isInstanceOf(BusinessRuleException.class).hasMessage("results.rectification.error.deadlinePast");
            as(world.user(Role.CITY_CAST), () -> {
                rectifications.setDeadline(id, new DeadlineCommand(LocalDate.now(clock).plusDays(30), "疫情影响，延期一个月"));
                return null;
            });
            RectificationView after = view(id);
            assertThat(after.overdue()).isFalse();
            assertThat(after.firstDeadline()).as("the notice keeps its deadline").isNotEqualTo(after.deadline());
            assertThat(after.steps()).extracting(RectificationView.Step::note).contains("疫情影响，延期一个月");
        } finally {
            clock.set(before);
        }
    }

    @Test
    void aCountyStationsReportIsReturnedAndAcceptedByItsCountyCastNotTheCityCast() {
        long station = fixtures.countyStation("县级整改服务站" + System.nanoTime(), LocalDate.of(2073, 1, 10));
        fixtures.publish(2074, station, Grade.UNQUALIFIED, new BigDecimal("30"));
        long id = task(station, 2074).id();
        assertThat(view(id).cityDirect()).isFalse();
        assertThat(as(world.user(Role.COUNTY_TALENT), () -> results.inForce(2074)))
                .as("a county office sees its county's results").anySatisfy(r -> assertThat(r.stationId()).isEqualTo(station));
        assertThat(as(applications.otherCountyCast(), () -> rectifications.list(false)))
                .noneSatisfy(t -> assertThat(t.id()).isEqualTo(id));
        as(world.user(Role.APPLICANT), () -> rectifications.submit(id, new RectificationReport("第一次报告"), null, null));
        assertThatThrownBy(() -> as(world.user(Role.CITY_CAST), () -> {
            rectifications.accept(id, null);
            return null;
        })).isInstanceOf(BusinessRuleException.class).hasMessage("results.rectification.error.countyReviews");
        as(world.user(Role.COUNTY_CAST), () -> {
            rectifications.returnReport(id, new DecisionNote("缺少佐证材料"));
            return null;
        });
        assertThat(view(id).status()).isEqualTo(RectificationView.Status.OPEN);
        as(world.user(Role.APPLICANT), () -> rectifications.submit(id, new RectificationReport("补充后的报告"), "佐证.pdf",
                new ByteArrayInputStream(TestFiles.pdf())));
        as(world.user(Role.COUNTY_CAST), () -> {
            rectifications.accept(id, null);
            return null;
        });
        assertThat(view(id).status()).isEqualTo(RectificationView.Status.CLOSED);
        assertThatThrownBy(() -> as(applications.cityApplicant(), () -> rectifications.get(id)))
                .as("another unit's task").isInstanceOf(NotFoundException.class);
    }

    @Test
    void correctingTheTotalOfAStillUnqualifiedYearAfterItsRectificationClosedOpensNoSecondTask() {
        long station = fixtures.station("整改后更正服务站" + System.nanoTime(), LocalDate.of(2067, 1, 10));
        fixtures.publish(2068, station, Grade.UNQUALIFIED, new BigDecimal("40"));
        long id = task(station, 2068).id();
        as(applications.cityApplicant(), () -> rectifications.submit(id, new RectificationReport("已整改"), null, null));
        as(world.user(Role.CITY_CAST), () -> {
            rectifications.accept(id, "整改到位");
            return null;
        });
        correct(station, 2068, null, new BigDecimal("45"), "复核补记5分，仍不合格");
        assertThat(tasks(station, 2068)).as("one criticism per year").singleElement()
                .satisfies(t -> assertThat(t.status()).isEqualTo(RectificationView.Status.CLOSED));
    }

    @Test
    void aTaskCancelledByACorrectionIsFollowedByANewOneWhenTheYearTurnsUnqualifiedAgain() {
        long station = fixtures.station("撤销后再整改服务站" + System.nanoTime(), LocalDate.of(2067, 1, 10));
        fixtures.publish(2068, station, Grade.UNQUALIFIED, new BigDecimal("58"));
        correct(station, 2068, Grade.QUALIFIED, new BigDecimal("61"), "漏计3分");
        correct(station, 2068, Grade.UNQUALIFIED, new BigDecimal("58"), "复核确认原分数");
        assertThat(tasks(station, 2068)).extracting(RectificationView::status)
                .containsExactlyInAnyOrder(RectificationView.Status.CANCELLED, RectificationView.Status.OPEN);
    }

    private void correct(long station, int year, Grade grade, BigDecimal total, String reason) {
        CorrectionView c = as(world.user(Role.CITY_CAST), () -> corrections.propose(station,
                new CorrectionCommand(year, grade, total, reason)));
        as(fixtures.secondCityCast(), () -> corrections.approve(c.id()));
    }

    private java.util.List<RectificationView> tasks(long station, int year) {
        return as(world.user(Role.CITY_CAST), () -> rectifications.list(false)).stream()
                .filter(t -> t.stationId() == station && t.year() == year).toList();
    }

    private RectificationView task(long station, int year) {
        return as(world.user(Role.CITY_CAST), () -> rectifications.list(false)).stream()
                .filter(t -> t.stationId() == station && t.year() == year).findFirst().orElseThrow();
    }

    private RectificationView view(long id) {
        return as(world.user(Role.CITY_CAST), () -> rectifications.get(id));
    }

    static String text(byte[] pdf) throws Exception {
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s", "");
        }
    }
}
