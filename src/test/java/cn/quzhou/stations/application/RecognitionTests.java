package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.application.notice.ResolveObjectionCommand;
import cn.quzhou.stations.application.recognition.RecogniseCommand;
import cn.quzhou.stations.application.recognition.RecognitionPreview;
import cn.quzhou.stations.application.recognition.RecognitionView;
import cn.quzhou.stations.application.recognition.Recognitions;
import cn.quzhou.stations.organisation.AccessTokens;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.testsupport.ApiTokens;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

/** 联合发文认定: when recognition is possible, Art. 3(6), the gapless document numbers, the event and the PDF. */
class RecognitionTests extends PlatformTest {

    @Autowired
    Recognitions recognitions;

    @Autowired
    PublicNotices notices;

    @Autowired
    Applications applications;

    @Autowired
    NoticeFixtures fixtures;

    @Autowired
    ApplicationFixtures applicationFixtures;

    @Autowired
    RecordedStationEvents events;

    @Autowired
    AccessTokens tokens;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    private Society society;

    @BeforeEach
    void setUp() {
        world.ensure();
        society = applicationFixtures.newSociety(SocietyLevel.PROVINCIAL);
    }

    @Test
    void recognitionWaitsForTheEndOfTheNoticeAndForEveryObjectionThenRecognisesAndPublishesTheEvent() {
        long app = fixtures.inPublicNotice("认定时机服务站", society);
        long notice = fixtures.runningToday(List.of(app));
        long objection = fixtures.objection(notice, app, "10.2.9.1");

        // the notice runs through today: too early, whatever else
        assertThatThrownBy(() -> recognise(notice, null)).isInstanceOf(ConflictException.class)
                .hasMessage("notice.error.notEnded");
        clock.advance(Duration.ofDays(1));
        // over, but an objection is open
        assertThatThrownBy(() -> recognise(notice, null)).isInstanceOf(ConflictException.class)
                .hasMessage("notice.error.openObjections");
        assertThat(as(world.user(Role.CITY_TALENT), () -> recognitions.preview(notice)).possible()).isFalse();
        as(world.user(Role.CITY_CAST), () -> notices.resolve(objection,
                new ResolveObjectionCommand(false, "不属实。", fixtures.objectionVersion(objection))));
        assertThat(as(world.user(Role.CITY_TALENT), () -> recognitions.preview(notice)).possible()).isTrue();

        long id = recognise(notice, null);
        RecognitionView doc = as(world.user(Role.CITY_TALENT), () -> recognitions.get(id));
        assertThat(doc.number()).matches("衢市科协〔" + fixtures.today().getYear() + "〕\\d+号");
        assertThat(doc.stations()).extracting(RecognitionView.Line::stationName).containsExactly("认定时机服务站");
        ApplicationView view = as(world.user(Role.CITY_CAST), () -> applications.get(app));
        assertThat(view.status()).isEqualTo(ApplicationStatus.RECOGNISED);
        assertThat(view.reviews()).last().satisfies(r -> {
            assertThat(r.step()).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
            assertThat(r.decision()).isEqualTo(ReviewDecision.PASS);
            assertThat(r.opinion()).isEqualTo(doc.number());
            assertThat(r.office()).isEqualTo("衢州市委人才办、衢州市科协");
        });
        assertThat(events.of(app)).singleElement().satisfies(e -> {
            assertThat(e.hostUnitId()).isEqualTo(world.cityUnit.getId());
            assertThat(e.jurisdictionId()).isEqualTo(world.cityDirect);
            assertThat(e.societyId()).isEqualTo(society.getId());
            assertThat(e.level()).isEqualTo(SocietyLevel.PROVINCIAL);
            assertThat(e.agreementSignedOn()).isEqualTo(LocalDate.of(2026, 3, 1));
            assertThat(e.cooperationYears()).isEqualTo(3);
            assertThat(e.responsibleName()).isEqualTo("钱负责");
            assertThat(e.expertTeam()).extracting(ExpertMember::name).containsExactly("孙专家");
            assertThat(e.documentNumber()).isEqualTo(doc.number());
        });
        // once per notice
        assertThatThrownBy(() -> recognise(notice, null)).isInstanceOf(ConflictException.class);
    }

    @Test
    void anUpheldObjectionExcludesTheApplicationFromRecognition() {
        long kept = fixtures.inPublicNotice("保留服务站", society);
        long failed = fixtures.inPublicNotice("异议成立出局服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL));
        long notice = fixtures.runningToday(List.of(kept, failed));
        long objection = fixtures.objection(notice, failed, "10.2.9.2");
        as(world.user(Role.CITY_CAST), () -> notices.resolve(objection,
                new ResolveObjectionCommand(true, "协议系伪造。", fixtures.objectionVersion(objection))));
        assertThat(status(failed)).isEqualTo(ApplicationStatus.FAILED);
        clock.advance(Duration.ofDays(1));

        RecognitionPreview preview = as(world.user(Role.CITY_CAST), () -> recognitions.preview(notice));
        assertThat(preview.stations()).filteredOn(RecognitionPreview.Candidate::eligible)
                .extracting(c -> c.station().applicationId()).containsExactly(kept);
        // asking for the failed one explicitly is refused
        assertThatThrownBy(() -> recognise(notice, List.of(kept, failed))).isInstanceOf(ConflictException.class);
        long id = recognise(notice, null);
        assertThat(as(world.user(Role.CITY_CAST), () -> recognitions.get(id)).stations())
                .extracting(RecognitionView.Line::applicationId).containsExactly(kept);
        assertThat(status(kept)).isEqualTo(ApplicationStatus.RECOGNISED);
        assertThat(status(failed)).isEqualTo(ApplicationStatus.FAILED);
        assertThat(events.of(failed)).isEmpty();
    }

    @Test
    void oneStationPerSocietyBlocksTheSecondApplication() {
        long first = fixtures.inPublicNotice("同学会甲服务站", society);
        long second = fixtures.inPublicNotice("同学会乙服务站", society);
        long notice = fixtures.ended(List.of(first, second));
        // both at once: refused
        assertThatThrownBy(() -> recognise(notice, List.of(first, second))).isInstanceOf(ConflictException.class)
                .hasMessage("notice.error.societyConflict");
        RecognitionPreview preview = as(world.user(Role.CITY_CAST), () -> recognitions.preview(notice));
        assertThat(preview.stations()).filteredOn(c -> !c.eligible()).singleElement().satisfies(c -> {
            assertThat(c.station().applicationId()).isEqualTo(second);
            assertThat(c.reasonKey()).isEqualTo("notice.error.societyConflict");
            assertThat(c.reasonArgument()).isEqualTo("同学会甲服务站");
        });
        recognise(notice, List.of(first));
        assertThat(status(first)).isEqualTo(ApplicationStatus.RECOGNISED);
        assertThat(status(second)).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);

        // a later notice with a third application of the same society: blocked by the recognised one
        long third = fixtures.inPublicNotice("同学会丙服务站", society);
        long later = fixtures.ended(List.of(third));
        assertThatThrownBy(() -> recognise(later, null)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> recognise(later, List.of(third))).isInstanceOf(ConflictException.class)
                .hasMessage("notice.error.societyConflict");
        assertThat(status(third)).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
    }

    @Test
    void documentNumbersAreGaplessPerYearAndARolledBackAttemptGivesItsNumberBack() throws Exception {
        LocalDate issued = LocalDate.of(2099, 3, 1);
        long a = fixtures.ended(List.of(fixtures.inPublicNotice("编号一服务站", society)));
        long b = fixtures.ended(List.of(fixtures.inPublicNotice("编号二服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL))));
        long c = fixtures.ended(List.of(fixtures.inPublicNotice("编号三服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL))));

        // an attempt that rolls back after the number was taken
        String rolledBack = tx.execute(status -> {
            long id = JointRecognitionSteps.recognise(world, recognitions, a, new RecogniseCommand(issued, null, null));
            String number = as(world.user(Role.CITY_CAST), () -> recognitions.get(id).number());
            status.setRollbackOnly();
            return number;
        });
        assertThat(rolledBack).isEqualTo("衢市科协〔2099〕1号");
        // an attempt refused before anything is issued (the notice has not ended)
        long running = fixtures.runningToday(List.of(fixtures.inPublicNotice("未满服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL))));
        assertThatThrownBy(() -> JointRecognitionSteps.recognise(world, recognitions, running, new RecogniseCommand(issued, null, null))).isInstanceOf(ConflictException.class);

        long first = JointRecognitionSteps.recognise(world, recognitions, a, new RecogniseCommand(issued, null, null));
        long second = JointRecognitionSteps.recognise(world, recognitions, b, new RecogniseCommand(issued, null, null));
        assertThat(as(world.user(Role.CITY_CAST), () -> recognitions.get(first).number())).isEqualTo("衢市科协〔2099〕1号");
        assertThat(as(world.user(Role.CITY_CAST), () -> recognitions.get(second).number())).isEqualTo("衢市科协〔2099〕2号");
        // a new year starts at 1 again
        long third = JointRecognitionSteps.recognise(world, recognitions, c, new RecogniseCommand(LocalDate.of(2100, 1, 4), null, null));
        assertThat(as(world.user(Role.CITY_CAST), () -> recognitions.get(third).number())).isEqualTo("衢市科协〔2100〕1号");
    }

    @Test
    void theJointDocumentIsAPdfWithItsNumberAndStations() throws Exception {
        long app = fixtures.inPublicNotice("PDF认定服务站", society);
        long notice = fixtures.ended(List.of(app));
        long id = recognise(notice, null);
        String number = as(world.user(Role.CITY_CAST), () -> recognitions.get(id).number());
        MockHttpServletResponse r = mvc.perform(get("/applications/recognitions/{id}/pdf", id)
                .with(user(world.user(Role.CITY_TALENT)))).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        assertThat(r.getContentType()).isEqualTo("application/pdf");
        try (PDDocument doc = Loader.loadPDF(r.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", "");
            assertThat(text).contains(number, "PDF认定服务站", society.getName(), "衢州市科学技术协会",
                    "中共衢州市委人才工作领导小组办公室");
        }
    }

    @Test
    void theApiAnswers409ForARecognitionThatCannotHappenAndPreparesOneThatTheTalentOfficeIssues() throws Exception {
        long app = fixtures.inPublicNotice("接口认定服务站", society);
        long running = fixtures.runningToday(List.of(app));
        String token = ApiTokens.of(Role.CITY_CAST, world, tokens);
        assertThat(mvc.perform(ApiTokens.bearer(post("/api/notices/{id}/recognition", running)
                .contentType(MediaType.APPLICATION_JSON).content("{}"), token)).andReturn().getResponse().getStatus()).isEqualTo(409);
        jdbc.sql("update public_notice set start_date = start_date - 3, end_date = end_date - 3 where id = ?").param(running).update();
        MockHttpServletResponse r = mvc.perform(ApiTokens.bearer(post("/api/notices/{id}/recognition", running)
                .contentType(MediaType.APPLICATION_JSON).content("{}"), token)).andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getContentAsString()).contains("接口认定服务站", "\"status\":\"PREPARED\"").doesNotContain("衢市科协");
        // the joint document is issued by the city talent office's confirmation
        r = mvc.perform(ApiTokens.bearer(post("/api/notices/{id}/recognition/confirmation", running)
                .contentType(MediaType.APPLICATION_JSON).content("{}"), ApiTokens.of(Role.CITY_TALENT, world, tokens)))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(201);
        assertThat(r.getContentAsString()).contains("接口认定服务站", "衢市科协");
    }

    private long recognise(long notice, List<Long> ids) {
        return JointRecognitionSteps.recognise(world, recognitions, notice, new RecogniseCommand(null, null, ids));
    }

    private ApplicationStatus status(long id) {
        return ApplicationStatus.valueOf(jdbc.sql("select status from application where id = ?").param(id)
                .query(String.class).single());
    }
}
