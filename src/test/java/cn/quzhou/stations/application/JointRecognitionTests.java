package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.recognition.ConfirmRecognitionCommand;
import cn.quzhou.stations.application.recognition.JointRecognitionStatus;
import cn.quzhou.stations.application.recognition.JointRecognitionView;
import cn.quzhou.stations.application.recognition.RecogniseCommand;
import cn.quzhou.stations.application.recognition.RecognitionView;
import cn.quzhou.stations.application.recognition.Recognitions;
import cn.quzhou.stations.application.recognition.ReturnRecognitionCommand;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;

/**
 * 联合发文认定 as a joint act (Art. 5(3), issue #14 item 3): the city CAST prepares, the city talent office confirms
 * — only then is the document numbered and issued, and its PDF carries both confirmations.
 */
class JointRecognitionTests extends PlatformTest {

    @Autowired
    Recognitions recognitions;

    @Autowired
    Applications applications;

    @Autowired
    NoticeFixtures fixtures;

    @Autowired
    ApplicationFixtures applicationFixtures;

    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void setUp() {
        world.ensure();
    }

    @Test
    void theCityCastAloneCannotIssueTheJointDocument() {
        long app = fixtures.inPublicNotice("联合发文单方服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL));
        long notice = fixtures.ended(List.of(app));

        JointRecognitionView prepared = as(cast(), () -> recognitions.prepare(notice, command()));
        assertThat(prepared.status()).isEqualTo(JointRecognitionStatus.PREPARED);
        assertThat(prepared.recognitionId()).isNull();
        assertThat(prepared.prepared().name()).isEqualTo(cast().displayName());

        assertThatThrownBy(() -> as(cast(), () -> recognitions.confirm(notice, new ConfirmRecognitionCommand(null))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(cast(), () -> recognitions.prepare(notice, command())))
                .isInstanceOf(ConflictException.class).hasMessage("notice.joint.error.illegalTransition");
        assertThat(jdbc.sql("select count(*) from recognition where notice_id = ?").param(notice).query(Long.class).single())
                .isZero();
        assertThat(as(cast(), () -> applications.get(app)).status()).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
    }

    @Test
    void theTalentOfficesConfirmationNumbersAndIssuesItAndRecognisesTheStations() {
        long app = fixtures.inPublicNotice("联合发文确认服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL));
        long notice = fixtures.ended(List.of(app));
        int version = as(cast(), () -> recognitions.prepare(notice, command())).version();

        long id = as(talent(), () -> recognitions.confirm(notice, new ConfirmRecognitionCommand(version)));

        RecognitionView doc = as(talent(), () -> recognitions.get(id));
        assertThat(doc.number()).matches("衢市科协〔\\d{4}〕\\d+号");
        assertThat(doc.prepared().name()).isEqualTo(cast().displayName());
        assertThat(doc.confirmed().name()).isEqualTo(talent().displayName());
        assertThat(as(talent(), () -> recognitions.joint(notice)).orElseThrow().status())
                .isEqualTo(JointRecognitionStatus.ISSUED);
        assertThat(as(cast(), () -> applications.get(app)).status()).isEqualTo(ApplicationStatus.RECOGNISED);
        assertThatThrownBy(() -> as(talent(), () -> recognitions.confirm(notice, new ConfirmRecognitionCommand(null))))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aReturnedDocumentNeedsAReasonAndIsPreparedAgainBeforeItCanBeConfirmed() {
        long app = fixtures.inPublicNotice("联合发文退回服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL));
        long notice = fixtures.ended(List.of(app));
        as(cast(), () -> recognitions.prepare(notice, command()));

        assertThatThrownBy(() -> as(talent(), () -> recognitions.returnToCast(notice, new ReturnRecognitionCommand(" ", null))))
                .isInstanceOf(BusinessRuleException.class).hasMessage("notice.joint.error.reasonRequired");
        JointRecognitionView returned = as(talent(), () -> recognitions.returnToCast(notice,
                new ReturnRecognitionCommand("标题有误。", null)));
        assertThat(returned.status()).isEqualTo(JointRecognitionStatus.RETURNED);
        assertThat(returned.returnReason()).isEqualTo("标题有误。");
        assertThatThrownBy(() -> as(talent(), () -> recognitions.confirm(notice, new ConfirmRecognitionCommand(null))))
                .isInstanceOf(ConflictException.class).hasMessage("notice.joint.error.illegalTransition");

        int version = as(cast(), () -> recognitions.prepare(notice, new RecogniseCommand(null, "关于认定学会服务站的通知（修改）",
                null))).version();
        assertThatThrownBy(() -> as(talent(), () -> recognitions.confirm(notice, new ConfirmRecognitionCommand(version - 1))))
                .isInstanceOf(ConflictException.class).hasMessage("notice.joint.error.stale");
        long id = as(talent(), () -> recognitions.confirm(notice, new ConfirmRecognitionCommand(version)));
        assertThat(as(talent(), () -> recognitions.get(id)).title()).isEqualTo("关于认定学会服务站的通知（修改）");
    }

    @Test
    void thePdfCarriesBothOfficesAndBothConfirmations() throws Exception {
        long app = fixtures.inPublicNotice("联合发文PDF服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL));
        long notice = fixtures.ended(List.of(app));
        long id = JointRecognitionSteps.recognise(world, recognitions, notice, command());

        MockHttpServletResponse r = mvc.perform(get("/applications/recognitions/{id}/pdf", id).with(user(cast())))
                .andReturn().getResponse();
        assertThat(r.getStatus()).isEqualTo(200);
        try (PDDocument pdf = Loader.loadPDF(r.getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
            assertThat(text).contains("中共衢州市委人才工作领导小组办公室", "衢州市科学技术协会",
                    "确认：" + talent().displayName().replaceAll("\\s+", ""),
                    "拟稿：" + cast().displayName().replaceAll("\\s+", ""));
        }
    }

    @Test
    void thePagesAskForTheTickUnderTheConsequenceBeforePreparingAndBeforeConfirming() throws Exception {
        long app = fixtures.inPublicNotice("联合发文勾选服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL));
        long notice = fixtures.ended(List.of(app));

        String asked = mvc.perform(post("/applications/notices/{id}/recognise", notice).with(user(cast())).with(csrf())
                        .param("applicationIds", String.valueOf(app)).param("title", "勾选确认的认定通知"))
                .andReturn().getResponse().getContentAsString();
        assertThat(asked).contains("提交前，请阅读上方说明并勾选确认。", "市委人才办确认后才以两单位联合发文的名义编号印发")
                .contains("value=\"勾选确认的认定通知\"");
        assertThat(as(cast(), () -> recognitions.joint(notice))).isEmpty();
        mvc.perform(post("/applications/notices/{id}/recognise", notice).with(user(cast())).with(csrf())
                .param("applicationIds", String.valueOf(app)).param("confirmed", "true"));
        assertThat(as(cast(), () -> recognitions.joint(notice)).orElseThrow().status())
                .isEqualTo(JointRecognitionStatus.PREPARED);

        String page = mvc.perform(get("/applications/notices/{id}", notice).with(user(cast())))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("待市委人才办确认").doesNotContain("id=\"confirm-recognition-form\"");
        String again = mvc.perform(post("/applications/notices/{id}/recognition/confirm", notice).with(user(talent()))
                .with(csrf())).andReturn().getResponse().getContentAsString();
        assertThat(again).contains("确认印发前，请阅读上方说明并勾选确认。", "所列服务站随即认定");
        assertThat(as(cast(), () -> applications.get(app)).status()).isEqualTo(ApplicationStatus.PUBLIC_NOTICE);
        String issued = mvc.perform(post("/applications/notices/{id}/recognition/confirm", notice).with(user(talent()))
                .with(csrf()).param("confirmed", "true")).andReturn().getResponse().getRedirectedUrl();
        assertThat(issued).matches("/applications/recognitions/\\d+");
        assertThat(as(cast(), () -> applications.get(app)).status()).isEqualTo(ApplicationStatus.RECOGNISED);
    }

    @Test
    void theTalentOfficeFindsTheDocumentAwaitingItsConfirmationOnItsHomePage() throws Exception {
        long app = fixtures.inPublicNotice("联合发文待办服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL));
        long notice = fixtures.ended(List.of(app));
        as(cast(), () -> recognitions.prepare(notice, command()));
        String home = mvc.perform(get("/").with(user(talent()))).andReturn().getResponse().getContentAsString();
        assertThat(home).contains("待确认的联合认定文件");
    }

    private static RecogniseCommand command() {
        return new RecogniseCommand(null, null, null);
    }

    private PlatformUser cast() {
        return world.user(Role.CITY_CAST);
    }

    private PlatformUser talent() {
        return world.user(Role.CITY_TALENT);
    }
}
