package cn.quzhou.stations.demo;

import cn.quzhou.stations.application.ApplicationDraft;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.AttachmentKind;
import cn.quzhou.stations.application.ExpertMember;
import cn.quzhou.stations.application.ReviewCommand;
import cn.quzhou.stations.application.ReviewDecision;
import cn.quzhou.stations.documents.PdfRenderer;
import cn.quzhou.stations.organisation.SocietyView;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** Applications as the units fill them in, and the review steps as each office takes them (Art. 5). */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
class DemoApplications {

    /**
     * The agreements state five years (Art. 3(2): three unless stated), so that every station of the four batches is
     * still running in the open year — and the one revoked in 2025 was still active when its second unqualified
     * year was published.
     */
    static final int COOPERATION_YEARS = 5;

    private final DemoActors actors;
    private final DemoParties parties;
    private final Applications applications;
    private final PdfRenderer pdf;

    DemoApplications(DemoActors actors, DemoParties parties, Applications applications, PdfRenderer pdf) {
        this.actors = actors;
        this.parties = parties;
        this.applications = applications;
        this.pdf = pdf;
    }

    /** A complete draft with the signed agreement attached, not yet submitted; its id. */
    long draft(DemoCatalogue.Entry e, LocalDate agreementSignedOn) {
        SocietyView society = parties.society(e.society());
        return actors.as(e.unit().username(), () -> {
            long id = applications.startDraft(draft(e, society, agreementSignedOn));
            byte[] agreement = pdf.render("application/pdf/demo-agreement", Map.of("station", e.stationName(),
                    "unit", e.unit().name(), "society", e.society()));
            applications.attach(id, AttachmentKind.AGREEMENT, "共建协议.pdf", new ByteArrayInputStream(agreement));
            return id;
        });
    }

    /** Drafted and submitted by the unit: with its county CAST (a county unit) or the city CAST (city-direct). */
    long submitted(DemoCatalogue.Entry e, LocalDate agreementSignedOn) {
        long id = draft(e, agreementSignedOn);
        actors.run(e.unit().username(), () -> applications.submit(id, applications.get(id).version()));
        return id;
    }

    /** Passed by the county CAST and the county talent office: with the city CAST. */
    void passCounty(DemoCatalogue.Entry e, long id) {
        String suffix = DemoCatalogue.COUNTIES.get(e.unit().jurisdiction());
        pass("county-cast-" + suffix, id, "情况属实，同意推荐。");
        pass("county-talent-" + suffix, id, "同意认定，报市科协。");
    }

    boolean cityDirect(DemoCatalogue.Entry e) {
        return e.unit().jurisdiction().equals("市直");
    }

    /** Up to the city CAST's review and through it: at panel review. */
    void toPanel(DemoCatalogue.Entry e, long id) {
        if (!cityDirect(e)) {
            passCounty(e, id);
        }
        pass("city-cast", id, "材料齐全，提交评审小组评审。");
    }

    void pass(String username, long id, String opinion) {
        actors.run(username, () -> applications.decide(id,
                new ReviewCommand(ReviewDecision.PASS, opinion, true, applications.get(id).version())));
    }

    private static ApplicationDraft draft(DemoCatalogue.Entry e, SocietyView society, LocalDate signedOn) {
        return new ApplicationDraft(e.stationName(), "演示法定代表人", null, e.unit().name(), "浙江省衢州市演示路1号", "324000",
                "演示联系人", "办公室主任", "0570-0000000", "13800000000", null, "demo@example.org", null,
                e.unit().nature() == null ? cn.quzhou.stations.organisation.UnitNature.ENTERPRISE : e.unit().nature(),
                null, Set.of(e.unit().field() == null ? cn.quzhou.stations.organisation.BusinessField.CHEMICAL
                        : e.unit().field()), e.unit().fieldOther(), society.level(), "演示：单位规模、运营状况、人才团队与主要优势。",
                "演示：服务产业规模、企业数与龙头企业概述。", society.id(), society.branch(), "学会法定代表人", "理事长",
                "13900000000", "北京市", "100000", "演示联络人", "秘书长", "13700000000", "010-00000000", null, null, null,
                "演示：学会业务领域、活动与成果。", "演示：建站目的、工作目标、任务内容与预期成效。", signedOn, COOPERATION_YEARS,
                "合作期五年（共建协议约定）",
                "演示负责人", "站长", "13600000000", true, true, true,
                List.of(new ExpertMember(e.society().substring(0, Math.min(4, e.society().length())) + "专家", "教授",
                        "产业技术", e.society(), 40)));
    }
}
