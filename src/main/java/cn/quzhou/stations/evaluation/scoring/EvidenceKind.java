package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.shared.Labels;

/**
 * What a piece of evidence records. Which rule part a kind scores under is policy data
 * ({@code indicator_rule_part.evidence_kind}), not code.
 */
@Labels("evaluation.evidenceKind")
public enum EvidenceKind {
    /** B1.2 产业发展报告、咨询报告、专业研究报告，建言献策. */
    REPORT,
    /** B1.2 报告建议被采纳，建言献策获得领导批示. */
    ADOPTION,
    /** B1.3 国际或国家级高层次学术会议、行业高峰论坛 (attendance counts). */
    CONFERENCE,
    /** B1.3 科技沙龙、学术交流、技术研讨. */
    SALON,
    /** B2.1 培训项目 (number of people counts). */
    TRAINING,
    /** B2.1 引进院士等高层次人才，院士工作站或院士合作项目. */
    HIGH_LEVEL_TALENT,
    /** B2.2 引进创新性企业. */
    ENTERPRISE_INTRODUCED,
    /** C1 科技成果转化与产业化. */
    RESULT_INDUSTRIALISED,
    /** C1 转化为国家标准、行业标准. */
    NATIONAL_OR_INDUSTRY_STANDARD,
    /** C1 转化为团体标准. */
    GROUP_STANDARD,
    /** C2 帮助企业破解技术难题. */
    TECHNICAL_PROBLEM,
    /** C3 科技奖励 (level counts). */
    AWARD,
    /** C4 宣传报道 (level counts). */
    MEDIA_REPORT
}
