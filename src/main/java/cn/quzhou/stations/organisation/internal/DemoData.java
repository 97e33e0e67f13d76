package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.ExpertCommand;
import cn.quzhou.stations.organisation.HostUnitCommand;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyCommand;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.UnitNature;
import cn.quzhou.stations.shared.CreditCode;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo units, societies, experts and one account per role — loaded only in demo mode
 * ({@code platform.demo.enabled}, the README's run command), once; never in production.
 */
@Component
@Order(10)
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
class DemoData implements ApplicationRunner {

    /** Listed in the README; demo mode only. */
    static final String DEMO_PASSWORD = "Demo@2026pw";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountRepository accounts;
    private final JurisdictionRepository jurisdictions;
    private final HostUnitRepository units;
    private final SocietyRepository societies;
    private final ExpertRepository experts;
    private final AccountProvisioning provisioning;

    DemoData(AccountRepository accounts, JurisdictionRepository jurisdictions, HostUnitRepository units,
             SocietyRepository societies, ExpertRepository experts, AccountProvisioning provisioning) {
        this.accounts = accounts;
        this.jurisdictions = jurisdictions;
        this.units = units;
        this.societies = societies;
        this.experts = experts;
        this.provisioning = provisioning;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (accounts.existsByUsername("city-cast")) {
            return;
        }
        long jiangshan = jurisdictionId("江山市");
        long kecheng = jurisdictionId("柯城区");
        long city = jurisdictionId("市直");
        HostUnit jsUnit = unit("江山示范新材料科技有限公司", "91330881MA2JH0001", jiangshan, UnitNature.ENTERPRISE,
                Set.of(BusinessField.FLUORINE_SILICON, BusinessField.CHEMICAL));
        HostUnit cityUnit = unit("衢州市示范产业研究院", "12330800MB1C00001", city, UnitNature.UNIVERSITY_INSTITUTE,
                Set.of(BusinessField.EQUIPMENT, BusinessField.DIGITAL_ECONOMY));
        unit("柯城示范数字科技园", "91330802MA2KC0001", kecheng, UnitNature.INDUSTRIAL_PARK,
                Set.of(BusinessField.DIGITAL_ECONOMY));
        Society chem = societies.save(new Society(new SocietyCommand("中国化工学会", SocietyLevel.NATIONAL,
                "精细化工专业委员会", "王联络", "010-00000000")));
        societies.save(new Society(new SocietyCommand("浙江省机械工程学会", SocietyLevel.PROVINCIAL, null,
                "李联络", "0571-00000000")));
        Expert expert = experts.save(new Expert(new ExpertCommand("张明", "教授", "有机氟硅材料", "浙江大学", null,
                "13800000001", "zhang@example.org", Set.of(chem.getId()))));
        Expert chen = experts.save(new Expert(new ExpertCommand("陈华", "研究员", "智能装备", "浙江省机械科学研究院", null,
                "13800000002", "chen@example.org", Set.of())));
        Expert li = experts.save(new Expert(new ExpertCommand("李清", "教授级高工", "化工工艺与安全", "浙江工业大学", null,
                "13800000003", "li@example.org", Set.of())));
        // the partner of 江山示范新材料's new application (its recognised station works with 中国化工学会)
        societies.save(new Society(new SocietyCommand("中国硅酸盐学会", SocietyLevel.NATIONAL, null, "周联络",
                "010-00000001")));

        account("applicant-js", "江山示范新材料（申报单位）", Role.APPLICANT, jsUnit.getId(), null, null, null);
        account("applicant-city", "衢州市示范产业研究院（申报单位）", Role.APPLICANT, cityUnit.getId(), null, null, null);
        account("county-cast-js", "江山市科协 审核员", Role.COUNTY_CAST, null, jiangshan, null, null);
        account("county-talent-js", "江山市委人才办 经办人", Role.COUNTY_TALENT, null, jiangshan, null, null);
        account("county-cast-kc", "柯城区科协 审核员", Role.COUNTY_CAST, null, kecheng, null, null);
        account("city-cast", "市科协 经办人", Role.CITY_CAST, null, null, null, null);
        // the second official who approves the first one's disbursements (two people for every payment)
        account("city-cast-2", "市科协 复核员", Role.CITY_CAST, null, null, null, null);
        account("city-talent", "市委人才办 经办人", Role.CITY_TALENT, null, null, null, null);
        account("expert-zhang", "张明（评审专家）", Role.EXPERT, null, null, expert.getId(), null);
        account("expert-chen", "陈华（评审专家）", Role.EXPERT, null, null, chen.getId(), null);
        account("expert-li", "李清（评审专家）", Role.EXPERT, null, null, li.getId(), null);
        account("society-chem", "中国化工学会 联络人", Role.SOCIETY_CONTACT, null, null, null, chem.getId());
        account("sysadmin", "系统管理员", Role.SYSTEM_ADMIN, null, null, null, null);
        account("secadmin", "安全管理员", Role.SECURITY_ADMIN, null, null, null, null);
        account("auditadmin", "审计管理员", Role.AUDIT_ADMIN, null, null, null, null);
        log.info("Demo data loaded: one account per role, password {}", DEMO_PASSWORD);
    }

    private long jurisdictionId(String name) {
        return jurisdictions.findAll().stream().filter(j -> j.getName().equals(name)).findFirst().orElseThrow().getId();
    }

    private HostUnit unit(String name, String code17, long jurisdictionId, UnitNature nature, Set<BusinessField> fields) {
        String code = code17 + CreditCode.checkCharacterFor(code17);
        return units.save(new HostUnit(new HostUnitCommand(name, code, jurisdictionId, nature, null, fields, null,
                "示范法定代表人", "浙江省衢州市示范路1号", "324000")));
    }

    private void account(String username, String name, Role role, Long unit, Long jurisdiction, Long expert, Long society) {
        Account a = provisioning.create(username, name, DEMO_PASSWORD, false, unit, jurisdiction, expert, society);
        provisioning.grant(a, role);
    }
}
