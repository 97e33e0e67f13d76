package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.application.ApplicationDraft;
import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.application.AttachmentKind;
import cn.quzhou.stations.application.ExpertMember;
import cn.quzhou.stations.documents.PdfRenderer;
import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyView;
import cn.quzhou.stations.organisation.UnitNature;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/**
 * Demo mode only: two submitted applications, one of a 江山市 unit (waiting for the 江山市 CAST) and
 * one of a city-direct unit (waiting for the city CAST), made through the facade as their units would.
 */
@Component
@Order(20)
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
class ApplicationDemoData implements ApplicationRunner {

    private static final String CITY_STATION = "浙江省机械工程学会衢州服务站";

    private final ApplicationRepository repository;
    private final Applications applications;
    private final Societies societies;
    private final PdfRenderer pdf;
    private final UserDetailsService users;

    ApplicationDemoData(ApplicationRepository repository, Applications applications, Societies societies,
                        PdfRenderer pdf, UserDetailsService users) {
        this.repository = repository;
        this.applications = applications;
        this.societies = societies;
        this.pdf = pdf;
        this.users = users;
    }

    @Override
    public void run(ApplicationArguments args) {
        // once: the demo programme (run before) makes applications of its own, so the marker is this runner's own
        if (repository.existsByStationName(CITY_STATION)) {
            return;
        }
        // 江山示范新材料 already runs a station with 中国化工学会 (the demo programme): one station per society
        submit("applicant-js", "中国硅酸盐学会", "中国硅酸盐学会衢州（江山）服务站", "江山示范新材料科技有限公司");
        submit("applicant-city", "浙江省机械工程学会", CITY_STATION, "衢州市示范产业研究院");
    }

    private void submit(String username, String societyName, String station, String unitName) {
        as(username, () -> {
            SocietyView society = societies.list().stream().filter(s -> s.name().equals(societyName)).findFirst()
                    .orElseThrow();
            long id = applications.startDraft(draft(station, unitName, society));
            byte[] agreement = pdf.render("application/pdf/demo-agreement", Map.of("station", station,
                    "unit", unitName, "society", societyName));
            applications.attach(id, AttachmentKind.AGREEMENT, "共建协议（演示）.pdf", new ByteArrayInputStream(agreement));
            applications.submit(id, applications.get(id).version());
            return null;
        });
    }

    private static ApplicationDraft draft(String station, String unitName, SocietyView society) {
        return new ApplicationDraft(station, "示范法定代表人", null, unitName, "浙江省衢州市示范路1号", "324000", "演示联系人",
                "办公室主任", "0570-0000000", "13800000000", null, "demo@example.org", null, UnitNature.ENTERPRISE, null,
                Set.of(BusinessField.FLUORINE_SILICON), null, society.level(), "演示：单位规模、运营状况、人才团队与主要优势。",
                "演示：服务产业规模、企业数与龙头企业概述。", society.id(), society.branch(), "学会法定代表人", "理事长",
                "13900000000", "北京市", "100000", society.contact(), "秘书长", "13700000000", "010-00000000", null, null,
                null, "演示：学会业务领域、活动与成果。", "演示：建站目的、工作目标、任务内容与预期成效。",
                LocalDate.of(2026, 3, 1), 3, null, "演示负责人", "站长", "13600000000", true, true, true,
                List.of(new ExpertMember("张明", "教授", "有机氟硅材料", "浙江大学", 40)));
    }

    private <T> T as(String username, Supplier<T> action) {
        return PlatformUser.runAs((PlatformUser) users.loadUserByUsername(username), action);
    }
}
