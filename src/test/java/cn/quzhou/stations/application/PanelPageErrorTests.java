package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.application.PanelFixtures.ExpertAccount;
import cn.quzhou.stations.application.panel.PanelStatus;
import cn.quzhou.stations.application.panel.ReviewPanels;
import cn.quzhou.stations.application.panel.SheetCriterion;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A rule error on the panel and score-sheet pages reads as the rule's Chinese sentence at the top of the page (never
 * {@code ??…Exception…??}: every page test checks that centrally), and what was typed or chosen stays on the page.
 */
class PanelPageErrorTests extends PlatformTest {

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    ApplicationFixtures applicationFixtures;

    @Autowired
    ReviewPanels panels;

    private long app;
    private ExpertAccount expert;
    private SheetCriterion first;
    private long panel;

    @BeforeEach
    void setUp() {
        world.ensure();
        app = fixtures.atPanelReview("页面错误服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL));
        expert = fixtures.clean("页面错误专家");
        panel = fixtures.form("页面错误小组", Set.of(expert.id()), Set.of(app));
        first = ApplicationFixtures.as(world.user(Role.CITY_CAST), panels::policyInForce).criteria().get(0);
    }

    @Test
    void aScoreOutOfRangeIsSaidInWordsAndTheTypedScoresAndCommentStay() throws Exception {
        String tooMany = first.maxPoints().add(java.math.BigDecimal.ONE).toPlainString();
        String page = sheetPost(fixtures.sheetOf(expert, app), "score." + first.code(), tooMany, "comment", "逐项打分意见");

        assertThat(problem(page)).startsWith("“").endsWith("分之间。").contains("的得分须在 0 至 ");
        assertThat(page).containsPattern("id=\"score-" + first.code() + "\"[^>]*value=\"" + tooMany + "\"");
        assertThat(page).containsPattern("id=\"comment\"[^>]*>逐项打分意见</textarea>");
    }

    @Test
    void aScoreThatIsNotANumberIsSaidInWords() throws Exception {
        String page = sheetPost(fixtures.sheetOf(expert, app), "score." + first.code(), "七十");
        assertThat(problem(page)).isEqualTo("得分须为数字。");
        assertThat(page).containsPattern("id=\"score-" + first.code() + "\"[^>]*value=\"七十\"");
    }

    @Test
    void aRefusedListKeepsEveryChoiceAndReason() throws Exception {
        int version = ApplicationFixtures.as(world.user(Role.CITY_CAST), () -> panels.get(panel)).version();
        // no sheet submitted and no override reason: the rules refuse the list
        String page = mvc.perform(post("/panels/{id}/list", panel).with(user(world.user(Role.CITY_CAST))).with(csrf())
                        .param("version", String.valueOf(version)).param("decision." + app, "NOT").param("reason." + app, "合作内容不具体")
                        .param("sealConfirmed", "true").param("confirmNot", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(summary(page)).contains("“页面错误服务站”的评审表尚未提交齐全");
        assertThat(page).containsPattern("id=\"not-" + app + "\"[^>]*checked");
        assertThat(page).doesNotContainPattern("id=\"rec-" + app + "\"[^>]*checked");
        assertThat(page).containsPattern("name=\"reason\\." + app + "\"[^>]*value=\"合作内容不具体\"");
        assertThat(page).containsPattern("id=\"list-seal\"[^>]*checked");
    }

    @Test
    void theListFormPreselectsNoOutcomeAndNotRecommendingIsDecidedOnlyOnceItsConsequenceIsConfirmed() throws Exception {
        String form = mvc.perform(get("/panels/{id}", panel).with(user(world.user(Role.CITY_CAST))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("id=\"list-form\"").contains("id=\"not-" + app + "\"")
                .doesNotContainPattern("name=\"decision\\.[^\"]*\"[^>]*checked");

        int version = ApplicationFixtures.as(world.user(Role.CITY_CAST), () -> panels.get(panel)).version();
        String asked = mvc.perform(post("/panels/{id}/list", panel).with(user(world.user(Role.CITY_CAST))).with(csrf())
                        .param("version", String.valueOf(version)).param("decision." + app, "NOT")
                        .param("reason." + app, "合作意向不明确").param("sealConfirmed", "true").param("overrideReason", "专家已口头确认"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(problem(asked)).startsWith("“不予推荐”将终止相应申请");
        assertThat(asked).contains("id=\"confirm-not\"", "状态变为“未通过”")
                .containsPattern("id=\"not-" + app + "\"[^>]*checked")
                .containsPattern("name=\"reason\\." + app + "\"[^>]*value=\"合作意向不明确\"");
        assertThat(ApplicationFixtures.as(world.user(Role.CITY_CAST), () -> panels.get(panel)).status())
                .isEqualTo(PanelStatus.SCORING);
    }

    @Test
    @DisplayName("建议名单的每处问题一次列出：未写不推荐理由、评审表未齐且无理由、未确认盖章，各链接到其输入")
    void aRefusedListNamesEveryProblemAtOnceEachLinkedToItsInput() throws Exception {
        int version = ApplicationFixtures.as(world.user(Role.CITY_CAST), () -> panels.get(panel)).version();
        String page = mvc.perform(post("/panels/{id}/list", panel).with(user(world.user(Role.CITY_CAST))).with(csrf())
                        .param("version", String.valueOf(version)).param("decision." + app, "NOT")
                        .param("confirmNot", "true")) // the consequence of 不予推荐 confirmed: the list's own rules speak
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String summary = summary(page);
        assertThat(summary).contains("共有 3 处需要修改").contains("不予推荐“页面错误服务站”须写明理由")
                .contains("评审表尚未提交齐全").contains("请确认加盖本单位公章");
        assertThat(summary).contains("href=\"#reason." + app + "\"", "href=\"#overrideReason\"", "href=\"#list-seal\"");
        assertThat(page).contains("id=\"reason." + app + "\"").doesNotContain("id=\"page-problem\"");
    }

    @Test
    @DisplayName("建议名单中不是数字的申请书编号、版本号：名单的问题用中文说明，所选结论与理由保留，而非出错页")
    void aDecisionForAnIdThatIsNotANumberIsTheListsRefusalWithTheChoicesKept() throws Exception {
        String page = mvc.perform(post("/panels/{id}/list", panel).with(user(world.user(Role.CITY_CAST))).with(csrf())
                        .param("version", "第二版").param("decision.abc", "RECOMMEND").param("decision." + app, "NOT")
                        .param("reason." + app, "合作内容不具体").param("confirmNot", "true"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(summary(page)).contains("结论中包含不属于本批次的申请书");
        assertThat(page).containsPattern("id=\"not-" + app + "\"[^>]*checked")
                .containsPattern("name=\"reason\\." + app + "\"[^>]*value=\"合作内容不具体\"");
        assertThat(ApplicationFixtures.as(world.user(Role.CITY_CAST), () -> panels.get(panel)).status())
                .isEqualTo(PanelStatus.SCORING);
    }

    private static String summary(String page) {
        int start = page.indexOf("id=\"error-summary\"");
        assertThat(start).as("the list form has an error summary").isPositive();
        return page.substring(start, page.indexOf("</ul>", start));
    }

    private String sheetPost(long sheet, String... params) throws Exception {
        var request = post("/panels/sheets/{id}", sheet).with(user(expert.user())).with(csrf()).param("action", "save");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** The text of the layout's one problem box. */
    private static String problem(String page) {
        Matcher m = Pattern.compile("id=\"page-problem\"[^>]*>([^<]*)</div>").matcher(page);
        assertThat(m.find()).as("the page shows a problem").isTrue();
        return m.group(1);
    }
}
