package cn.quzhou.stations.evaluation.internal;

import static org.assertj.core.api.Assertions.assertThat;

import cn.quzhou.stations.evaluation.scoring.IndicatorRule;
import cn.quzhou.stations.evaluation.scoring.PolicyVersion;
import cn.quzhou.stations.evaluation.scoring.PolicyVersions;
import cn.quzhou.stations.evaluation.scoring.Quzhou2021;
import cn.quzhou.stations.evaluation.scoring.RuleKind;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Migration V11 seeds the 2021-08-17 measures, and they load into the scoring model exactly as appendix 2 reads. */
class IndicatorPoliciesTests extends PlatformTest {

    @Autowired
    IndicatorPolicies policies;

    @Test
    void theSeededVersionLoadsToExactlyTheIndicatorTable() {
        PolicyVersions versions = policies.load();
        assertThat(versions.all()).hasSize(1);
        PolicyVersion loaded = versions.all().get(0);
        assertThat(loaded.effectiveFrom()).isEqualTo(LocalDate.of(2021, 8, 17));
        assertThat(loaded).isEqualTo(Quzhou2021.VERSION);
    }

    @Test
    void theGradingParametersAreTheSixtyLineAndTwentyPercentRoundedDown() {
        PolicyVersion loaded = policies.forYear(2023);
        assertThat(loaded.grading().passLine()).isEqualByComparingTo("60");
        assertThat(loaded.grading().excellentShare()).isEqualByComparingTo("0.2");
        assertThat(loaded.grading().excellentRounding()).isEqualTo(RoundingMode.FLOOR);
        assertThat(loaded.grading().excellentPlaces(17)).isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} {1}: {2}, cap {3}, parts {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            A1.1 | 设施保障                 | CHECK_ITEM         | 10 | OFFICE=5 STAFF=5
            A1.2 | 经费保障及制度建设         | CHECK_ITEM         | 10 | RULES=2 FUNDS_PROPER=2 HOST_FUNDING=3 DATABASES=3
            A2.1 | 项目策划                 | HIGHEST_TIER       | 5  | FULL=5 COVERS_80=3 COVERS_50=1
            A2.2 | 协同机制                 | CHECK_ITEM         | 4  | CONTENT=1 AGREEMENT_PLAN=2
            A2.3 | 辐射效应                 | HIGHEST_TIER       | 6  | PROVINCE=6 CITY=4 COUNTY=2
            B1.1 | 引进专家及其创新团队在站的工作时间 | THRESHOLDS   | 5  | UNDER_30=0 FROM_30=3 FROM_40=5
            B1.2 | 专家及团队开展咨询、讲座、培训活动 | PER_EVENT_CAPPED | 10 | REPORT=5 ADOPTION=5
            B1.3 | 开展学术交流活动           | PER_EVENT_CAPPED   | 10 | CONFERENCE=10 SALON=5
            B2.1 | 人才培养及招才引智          | PER_EVENT_CAPPED   | 10 | TRAINING=5 TALENT=5
            B2.2 | 招商引资                 | PER_EVENT_CAPPED   | 10 | ENTERPRISE=10
            C1   | 成果转化情况              | PER_EVENT_UNCAPPED | -  | INDUSTRIALISED=5 NATIONAL_STANDARD=5 GROUP_STANDARD=3
            C2   | 帮助企业破解技术难题情况     | PER_EVENT_UNCAPPED | -  | PROBLEM=5
            C3   | 与服务站合作研究项目直接相关的奖项数量和级别 | AWARD_LADDER | - | BASE=5 FURTHER_CITY=2 FURTHER_PROVINCIAL=3 FURTHER_NATIONAL=4
            C4   | 服务站直接产生的经济效益、产业共性技术开发、新产品增加数量、宣传报道情况、对区域经济的引领作用 | EXPERT_JUDGEMENT | - | JUDGEMENT=5 MEDIA_CITY=1 MEDIA_PROVINCIAL=3 MEDIA_NATIONAL=5
            """)
    void everyItemLoadsWithItsPointsAndCap(String code, String name, RuleKind kind, BigDecimal cap, String parts) {
        IndicatorRule rule = policies.forYear(2023).rule(code).orElseThrow();
        assertThat(rule.name()).isEqualTo(name);
        assertThat(rule.kind()).isEqualTo(kind);
        if (cap == null) {
            assertThat(rule.cap()).as("本项不封顶").isNull();
        } else {
            assertThat(rule.cap()).isEqualByComparingTo(cap);
        }
        assertThat(rule.parts()).extracting(p -> p.code() + "=" + p.points().toPlainString())
                .containsExactly(parts.split(" "));
    }

    @Test
    void theQualifiersAndThresholdsLoad() {
        PolicyVersion loaded = policies.forYear(2021);
        assertThat(loaded.rule("B1.3").orElseThrow().part("CONFERENCE").orElseThrow().minAttendance()).isEqualTo(100);
        assertThat(loaded.rule("B2.1").orElseThrow().part("TRAINING").orElseThrow().minAttendance()).isEqualTo(100);
        assertThat(loaded.rule("B1.1").orElseThrow().part("FROM_40").orElseThrow().threshold())
                .isEqualByComparingTo("40");
        assertThat(loaded.rule("A2.1").orElseThrow().part("COVERS_80").orElseThrow().threshold())
                .isEqualByComparingTo("80");
    }
}
