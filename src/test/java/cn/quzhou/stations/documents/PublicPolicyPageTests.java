package cn.quzhou.stations.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("The public policy page")
class PublicPolicyPageTests extends PlatformTest {

    @Test
    @DisplayName("shows the measures to somebody not signed in, with chapters as headings and the appendix table")
    void showsTheMeasuresToTheAnonymousPublic() throws Exception {
        String page = mvc.perform(get("/public/policy")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("<h2 class=\"h5 mt-4\">第一章 总则</h2>")
                .contains("第二十条 本办法自发文之日起执行。")
                .contains("<td>设施保障(10分)</td>")
                .contains("id=\"nav-policy\"")
                .doesNotContain("<input").doesNotContain("&lt;p&gt;").doesNotContain("??");
    }

    @ParameterizedTest(name = "\"{0}\" is a {1}")
    @CsvSource({
            "第四章 资助经费使用管理, HEADING",
            "附件, HEADING",
            "衢市科协〔2021〕24号, HEADING",
            "衢州市学会服务站绩效考核表, HEADING",
            "第七条 经认定的全国学会服务站给予资助。, PARAGRAPH",
    })
    void aLineIsAHeadingOrAParagraph(String line, PolicyText.Kind kind) {
        assertThat(PolicyText.parse(line)).singleElement().extracting(PolicyText.Block::kind).isEqualTo(kind);
    }

    @Test
    @DisplayName("joins consecutive tab-separated lines into one table and turns tick-boxes into □")
    void joinsTableRows() {
        List<PolicyText.Block> blocks = PolicyText.parse(
                "单位名称\t\t法人代表\n单位性质\t<input type=\"checkbox\"/> 企业 <p>x</p>\n\n正文");
        assertThat(blocks).extracting(PolicyText.Block::kind)
                .containsExactly(PolicyText.Kind.TABLE, PolicyText.Kind.PARAGRAPH);
        assertThat(blocks.get(0).rows()).containsExactly(List.of("单位名称", "", "法人代表"), List.of("单位性质", "□ 企业 x"));
    }
}
