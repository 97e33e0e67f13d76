package cn.quzhou.stations.evaluation.scoring;

import static cn.quzhou.stations.evaluation.scoring.RuleKind.*;
import static cn.quzhou.stations.station.EvidenceKind.*;

import cn.quzhou.stations.station.EvidenceKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The 2021-08-17 measures (衢市科协〔2021〕24号, appendix 2) written out in Java, independently of the migration:
 * the engine's tests run on it, and the integration test checks that migration V11 loads to exactly this.
 */
public final class Quzhou2021 {

    public static final LocalDate EFFECTIVE_FROM = LocalDate.of(2021, 8, 17);

    private static final Heading A = new Heading("A", "服务站建设基本情况", d(35));
    private static final Heading B = new Heading("B", "服务站运行情况", d(45));
    private static final Heading C = new Heading("C", "服务站成果产出情况", d(20));
    private static final Heading A1 = new Heading("A1", "基础建设", d(20));
    private static final Heading A2 = new Heading("A2", "运行管理", d(15));
    private static final Heading B1 = new Heading("B1", "活动开展", d(25));
    private static final Heading B2 = new Heading("B2", "创新人才培养", d(20));
    private static final Heading C1 = new Heading("C1", "成果转化", d(5));
    private static final Heading C2 = new Heading("C2", "技术攻关", d(5));
    private static final Heading C3 = new Heading("C3", "奖项", d(5));
    private static final Heading C4 = new Heading("C4", "经济社会效益", d(5));

    public static final PolicyVersion VERSION = new PolicyVersion(EFFECTIVE_FROM,
            "衢市科协〔2021〕24号 第十三条至第十七条、附件2 衢州市学会服务站绩效考核表",
            List.of(
                    rule("A1.1", A, A1, "设施保障", 10, CHECK_ITEM, 10,
                            part("OFFICE", "服务站常设机构应有办公场所、相应的设备设施等", 5),
                            part("STAFF", "配备必要的工作人员", 5)),
                    rule("A1.2", A, A1, "经费保障及制度建设", 10, CHECK_ITEM, 10,
                            part("RULES", "有完善的管理制度", 2),
                            part("FUNDS_PROPER", "资金使用规范、专款专用", 2),
                            part("HOST_FUNDING", "建站单位配套运行经费和科研经费投入情况", 3),
                            part("DATABASES", "建立专家数据库与项目数据库", 3)),
                    rule("A2.1", A, A2, "项目策划", 5, HIGHEST_TIER, 5,
                            threshold("FULL", "按照项目合同书，有活动策划方案，涵盖合同书全部内容", 5, 100),
                            threshold("COVERS_80", "有活动策划方案，涵盖合同书80%内容", 3, 80),
                            threshold("COVERS_50", "有活动策划方案，涵盖合同书50%内容", 1, 50)),
                    rule("A2.2", A, A2, "协同机制", 4, CHECK_ITEM, 4,
                            part("CONTENT", "服务站与学会有明确合作内容", 1),
                            part("AGREEMENT_PLAN", "签订共建协议，制定共建计划等", 2)),
                    rule("A2.3", A, A2, "辐射效应", 6, HIGHEST_TIER, 6,
                            part("PROVINCE", "服务站在全省范围内有辐射和示范效应", 6),
                            part("CITY", "在全市范围内有辐射和示范效应", 4),
                            part("COUNTY", "在全县范围内有辐射和示范效应", 2)),
                    rule("B1.1", B, B1, "引进专家及其创新团队在站的工作时间", 5, THRESHOLDS, 5,
                            threshold("UNDER_30", "平均年度工作时间低于30天的此项不得分", 0, 0),
                            threshold("FROM_30", "平均年度工作时间30-40天计3分", 3, 30),
                            threshold("FROM_40", "40天以上计5分", 5, 40)),
                    rule("B1.2", B, B1, "专家及团队开展咨询、讲座、培训活动", 10, PER_EVENT_CAPPED, 10,
                            event("REPORT", "形成产业发展报告、咨询报告、专业研究报告并有科技工作者建言献策等（每次计5分）", 5, REPORT_WITH_ADVICE),
                            event("ADOPTION", "报告建议被政府、行业、企业采纳，建言献策获得领导批示（每次计5分）", 5, ADOPTION_OR_INSTRUCTION)),
                    rule("B1.3", B, B1, "开展学术交流活动", 10, PER_EVENT_CAPPED, 10,
                            new RulePart("CONFERENCE", "承办100人次以上的国际或国家级高层次学术会议、行业高峰论坛等（每次计10分）",
                                    d(10), CONFERENCE, null, null, 100),
                            event("SALON", "承办科技沙龙、学术交流、技术研讨等（每次计5分）", 5, SALON_OR_SEMINAR)),
                    rule("B2.1", B, B2, "人才培养及招才引智", 10, PER_EVENT_CAPPED, 10,
                            new RulePart("TRAINING", "举办100人以上培训项目（每次计5分）", d(5), TRAINING, null, null, 100),
                            event("TALENT", "引进院士等高层次海内外人才，帮助区域或企业建立院士工作站或院士合作项目（每次计5分）", 5,
                                    TALENT_OR_WORKSTATION)),
                    rule("B2.2", B, B2, "招商引资", 10, PER_EVENT_CAPPED, 10,
                            event("ENTERPRISE", "引进相关创新性企业（每次计10分）", 10, ENTERPRISE_INTRODUCED)),
                    rule("C1", C, C1, "成果转化情况", 5, PER_EVENT_UNCAPPED, null,
                            event("INDUSTRIALISED", "科技成果转化与产业化（每项计5分）", 5, RESULT_INDUSTRIALISED),
                            event("NATIONAL_STANDARD", "科技成果转化为国家标准、行业标准（每项计5分）", 5,
                                    NATIONAL_OR_INDUSTRY_STANDARD),
                            event("GROUP_STANDARD", "转化为团体标准（每项计3分）", 3, GROUP_STANDARD)),
                    rule("C2", C, C2, "帮助企业破解技术难题情况", 5, PER_EVENT_UNCAPPED, null,
                            event("PROBLEM", "帮助企业破解技术难题（每次计5分）", 5, TECHNICAL_PROBLEM_SOLVED)),
                    rule("C3", C, C3, "与服务站合作研究项目直接相关的奖项数量和级别", 5, AWARD_LADDER, null,
                            levelled("BASE", "年度内获得市级及以上科技奖励1项者获5分", 5, AWARD, Level.CITY),
                            levelled("FURTHER_CITY", "超过1项者，市厅级另加2分", 2, AWARD, Level.CITY),
                            levelled("FURTHER_PROVINCIAL", "超过1项者，省部级另加3分", 3, AWARD, Level.PROVINCIAL),
                            levelled("FURTHER_NATIONAL", "超过1项者，国家级另加4分", 4, AWARD, Level.NATIONAL)),
                    rule("C4", C, C4, "服务站直接产生的经济效益、产业共性技术开发、新产品增加数量、宣传报道情况、对区域经济的引领作用",
                            5, EXPERT_JUDGEMENT, null,
                            part("JUDGEMENT", "根据服务站直接产生的经济效益、产业共性技术开发、新产品增加数量、宣传报道情况、服务站研发对区域经济的引领作用情况打分", 5),
                            levelled("MEDIA_CITY", "市级媒体报道1次加1分", 1, MEDIA_REPORT, Level.CITY),
                            levelled("MEDIA_PROVINCIAL", "省级媒体报道1次加3分", 3, MEDIA_REPORT, Level.PROVINCIAL),
                            levelled("MEDIA_NATIONAL", "国家级媒体报道1次加5分", 5, MEDIA_REPORT, Level.NATIONAL))),
            new GradingParameters(d(60), new BigDecimal("0.20"), RoundingMode.FLOOR));

    private Quzhou2021() {
    }

    static BigDecimal d(int value) {
        return BigDecimal.valueOf(value);
    }

    private static IndicatorRule rule(String code, Heading level1, Heading level2, String name, int nominal,
            RuleKind kind, Integer cap, RulePart... parts) {
        return new IndicatorRule(code, level1, level2, name, d(nominal), kind, cap == null ? null : d(cap),
                List.of(parts));
    }

    private static RulePart part(String code, String description, int points) {
        return new RulePart(code, description, d(points), null, null, null, null);
    }

    private static RulePart threshold(String code, String description, int points, int threshold) {
        return new RulePart(code, description, d(points), null, null, d(threshold), null);
    }

    private static RulePart event(String code, String description, int points, EvidenceKind kind) {
        return new RulePart(code, description, d(points), kind, null, null, null);
    }

    private static RulePart levelled(String code, String description, int points, EvidenceKind kind, Level level) {
        return new RulePart(code, description, d(points), kind, level, null, null);
    }
}
