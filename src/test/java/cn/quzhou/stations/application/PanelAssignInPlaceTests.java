package cn.quzhou.stations.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.PanelFixtures.ExpertAccount;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Assigning an expert on the panel page (issue #16): without htmx the form posts and redirects as ever; through htmx
 * ({@code HX-Target: panel-assignments}) the answer is the page's assignments alone — the new sheet, the notice out of
 * band — and a refusal stands at the expert chosen, the choice kept, on the whole page and in the fragment alike.
 */
class PanelAssignInPlaceTests extends PlatformTest {

    @Autowired
    PanelFixtures fixtures;

    @Autowired
    ApplicationFixtures applicationFixtures;

    @Autowired
    JdbcClient jdbc;

    private long app;
    private long panel;

    @BeforeEach
    void setUp() {
        world.ensure();
        app = fixtures.atPanelReview("就地分配服务站", applicationFixtures.newSociety(SocietyLevel.NATIONAL));
        panel = fixtures.form("就地分配小组", Set.of(fixtures.clean("就地分配首位专家").id()), Set.of(app));
    }

    @Test
    void aPlainAssignmentStillRedirectsToThePanelPage() throws Exception {
        ExpertAccount added = fixtures.clean("重定向追加专家");
        MockHttpServletResponse answer = mvc.perform(assign(added.id())).andReturn().getResponse();
        assertThat(answer.getStatus()).isEqualTo(302);
        assertThat(answer.getRedirectedUrl()).isEqualTo("/panels/" + panel);
    }

    @Test
    void anHtmxAssignmentAnswersTheAssignmentsAloneWithTheNewSheetAndTheNotice() throws Exception {
        ExpertAccount added = fixtures.clean("就地追加专家");
        MockHttpServletResponse answer = mvc.perform(htmx(assign(added.id()))).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        String fragment = answer.getContentAsString().strip();
        assertThat(fragment).startsWith("<div id=\"panel-assignments\">").doesNotContain("<html")
                .doesNotContain("id=\"list-form\"").contains("<td>就地追加专家</td>").contains("id=\"assign-form\"");
        assertThat(fragment).containsPattern("id=\"page-messages\" hx-swap-oob=\"true\">\\s*<div[^>]*id=\"page-notice\">已追加分配专家。");
        assertThat(answer.getHeader("Vary")).contains("HX-Target");
    }

    @Test
    void anHtmxAssignmentBringsTheExpertsAndThePanelVersionTheOtherFormsSendUpToDate() throws Exception {
        ExpertAccount added = fixtures.clean("就地版本追加专家");
        String fragment = mvc.perform(htmx(assign(added.id()))).andReturn().getResponse().getContentAsString();

        long version = jdbc.sql("select version from review_panel where id = ?").param(panel).query(Long.class).single();
        assertThat(fragment).as("the list form's version, out of band")
                .containsPattern("id=\"list-version\" name=\"version\"\\s+value=\"" + version + "\" hx-swap-oob=\"true\"");
        assertThat(fragment).as("the panel's experts, out of band")
                .containsPattern("id=\"panel-experts\" hx-swap-oob=\"true\"((?!</ul>)[\\s\\S])*就地版本追加专家");
    }

    @Test
    void aRefusedHtmxAssignmentShowsTheReasonAtTheExpertWithTheChoiceKept() throws Exception {
        ExpertAccount ownUnit = fixtures.expert("就地本单位专家", world.cityUnit.getId(), Set.of());
        MockHttpServletResponse answer = mvc.perform(htmx(assign(ownUnit.id()))).andReturn().getResponse();

        assertThat(answer.getStatus()).isEqualTo(200);
        String fragment = answer.getContentAsString().strip();
        assertThat(fragment).startsWith("<div id=\"panel-assignments\">").doesNotContain("<html");
        assertRefusedAtTheExpert(fragment, ownUnit);

        String whole = mvc.perform(assign(ownUnit.id())).andReturn().getResponse().getContentAsString();
        assertThat(whole).contains("<html").doesNotContain("hx-swap-oob");
        assertRefusedAtTheExpert(whole, ownUnit);
    }

    private void assertRefusedAtTheExpert(String page, ExpertAccount refused) {
        assertThat(page).containsPattern("id=\"assign-expert-error\">不能将“就地分配服务站”分配给专家“就地本单位专家”");
        assertThat(page).containsPattern("id=\"assign-expert\"[^>]*class=\"form-select is-invalid\"|class=\"form-select is-invalid\"[^>]*id=\"assign-expert\"");
        assertThat(page).containsPattern("<option value=\"" + refused.id() + "\" selected=\"selected\"");
        assertThat(page).containsPattern("<option value=\"" + app + "\" selected=\"selected\"");
    }

    private MockHttpServletRequestBuilder assign(long expert) {
        return post("/panels/{id}/assign", panel).with(user(world.user(Role.CITY_CAST))).with(csrf())
                .param("applicationId", String.valueOf(app)).param("expertId", String.valueOf(expert));
    }

    private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true").header("HX-Target", "panel-assignments");
    }
}
