package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.testsupport.Chromium;
import cn.quzhou.stations.testsupport.WithChromium;
import cn.quzhou.stations.testsupport.PlatformTest;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue #14 item 2: the 申请书 reports every problem in one round — format errors and empty required boxes together —
 * in an error summary at the top that counts them, links each to its field, keeps what was typed and takes the focus.
 */
@WithChromium
class ApplicationFormErrorsTests extends PlatformTest {

    /** The six deliberate mistakes, in the order of the page: three empty required boxes, three format errors. */
    private static final List<String> SIX = List.of("stationName", "contactMobile", "contactFax", "societyContact",
            "purposePlan", "experts0.plannedDays");

    private static Chromium chromium;

    @Autowired
    ApplicationFixtures fixtures;

    @Autowired
    Applications applications;

    @Test
    @DisplayName("提交有六处错误的申请书：摘要一次列出全部六处并链接到各字段，所填内容全部保留，申请书不提交")
    void submittingSixMistakesListsAllSixAtOnceAndKeepsEveryValue() throws Exception {
        Society society = fixtures.newSociety(SocietyLevel.NATIONAL);
        long id = draftWithAgreement("六处错误服务站", society);

        String page = mvc.perform(withSixMistakes(id, society, "submit")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        String summary = summary(page);
        assertThat(summary).contains("共有 6 处需要修改").contains("role=\"alert\"").contains("tabindex=\"-1\"");
        assertThat(anchors(summary)).containsExactlyElementsOf(SIX);
        assertThat(summary).contains("学会服务站名称：此项必填。", "联系人手机：手机号码应为 11 位数字",
                "联系人传真：请填写固定电话号码", "学会联系人：此项必填。", "建站目的与工作计划：此项必填。",
                "进站专家第 1 行计划在站天数：计划在站天数应为 0 到 366 之间的整数");
        assertThat(page).doesNotContain("最大不能超过").doesNotContain("??");
        assertThat(page).contains("value=\"1380000\"", "value=\"五七零传真\"", "value=\"400\"", "value=\"张法人\"",
                "value=\"李联系\"", "value=\"0570-1234567-801\"", "value=\"13700000000\"");
        assertThat(statusOf(id)).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    @DisplayName("保存草稿只检查格式：同样六处错误，摘要只列三处格式错误")
    void savingADraftReportsOnlyTheFormatErrors() throws Exception {
        Society society = fixtures.newSociety(SocietyLevel.NATIONAL);
        long id = draftWithAgreement("草稿只查格式服务站", society);

        String page = mvc.perform(withSixMistakes(id, society, "save")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(anchors(summary(page))).containsExactly("contactMobile", "contactFax", "experts0.plannedDays");
        assertThat(summary(page)).contains("共有 3 处需要修改");
    }

    @Test
    @DisplayName("浏览器中：提交后错误摘要获得焦点、列出六个链接，点击链接把焦点移到该字段")
    void theSummaryTakesTheFocusAndItsLinksLeadToTheFields() {
        Society society = fixtures.newSociety(SocietyLevel.NATIONAL);
        long id = draftWithAgreement("焦点摘要服务站", society);

        Page p = chromium.signIn(baseUrl(), world.username(Role.APPLICANT));
        p.navigate(baseUrl() + "/applications/" + id + "/edit");
        p.fill("#stationName", "");
        p.fill("#contactMobile", "1380000");
        p.fill("#contactFax", "五七零传真");
        p.fill("#societyContact", "");
        p.fill("#purposePlan", "");
        p.fill("input[name='experts[0].plannedDays']", "400");
        p.click("button[name=action][value=submit]");
        p.locator("#error-summary").waitFor();

        assertThat(p.evaluate("document.activeElement.id")).isEqualTo("error-summary");
        assertThat(p.locator("#error-summary a").count()).isEqualTo(6);
        assertThat(p.locator("#error-summary h2").textContent()).isEqualTo("共有 6 处需要修改");
        p.screenshot(new Page.ScreenshotOptions().setPath(Chromium.screenshot("form-errors-summary")));
        p.click("#error-summary a[href='#societyContact']");
        assertThat(p.evaluate("document.activeElement.id")).isEqualTo("societyContact");
        assertThat(p.inputValue("#contactFax")).isEqualTo("五七零传真");
    }

    private long draftWithAgreement(String stationName, Society society) {
        world.ensure();
        PlatformUser applicant = world.user(Role.APPLICANT);
        long id = as(applicant, () -> applications.startDraft(fixtures.completeDraft(stationName + society.getId(), society)));
        fixtures.attachAgreement(id, applicant);
        return id;
    }

    /** The complete draft as the form posts it, with the six mistakes. */
    private MockHttpServletRequestBuilder withSixMistakes(long id, Society society, String action) {
        return post("/applications/{id}/edit", id).with(user(world.user(Role.APPLICANT))).with(csrf())
                .param("version", String.valueOf(fixtures.version(id))).param("action", action)
                .param("stationName", "")
                .param("legalRepresentative", "张法人").param("unitName", "测试单位").param("address", "衢州市某路1号")
                .param("postcode", "324000").param("contactName", "李联系").param("contactTitle", "主任")
                .param("contactPhone", "0570-1234567-801")
                .param("contactMobile", "1380000")
                .param("contactFax", "五七零传真")
                .param("contactEmail", "li@example.org").param("nature", "ENTERPRISE").param("businessFields", "CHEMICAL")
                .param("level", society.getLevel().name()).param("unitOverview", "单位基本情况")
                .param("industryOverview", "服务产业基本情况").param("societyId", String.valueOf(society.getId()))
                .param("societyLegalRep", "王会长")
                .param("societyContact", "")
                .param("societyContactMobile", "13700000000").param("societyOverview", "学会业务领域")
                .param("purposePlan", "")
                .param("agreementSignedOn", "2026-03-01").param("cooperationYears", "3")
                .param("experts[0].name", "孙专家").param("experts[0].field", "化工材料")
                .param("experts[0].organisation", "某大学")
                .param("experts[0].plannedDays", "400")
                .param("responsibleName", "钱负责").param("responsiblePhone", "13600000000")
                .param("officeDeclared", "true").param("fundingDeclared", "true").param("rulesDeclared", "true");
    }

    private ApplicationStatus statusOf(long id) {
        return as(world.user(Role.APPLICANT), () -> applications.get(id)).status();
    }

    private static String summary(String page) {
        int start = page.indexOf("id=\"error-summary\"");
        assertThat(start).as("the page has an error summary").isPositive();
        return page.substring(page.lastIndexOf('<', start), page.indexOf("</ul>", start));
    }

    private static List<String> anchors(String summary) {
        List<String> found = new ArrayList<>();
        Matcher m = Pattern.compile("href=\"#([^\"]+)\"").matcher(summary);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
