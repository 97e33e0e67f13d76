package cn.quzhou.stations.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.mock.web.MockHttpServletResponse;

/** The HTML forms follow the same input rule as the API (issue #13): control characters are refused at the field. */
class EdgeFormInputTests extends PlatformTest {

    @BeforeEach
    void world() {
        world.ensure();
    }

    @ParameterizedTest(name = "a unit name with U+{0}")
    @ValueSource(strings = {"0000", "0007", "001B", "0085", "D800"})
    void aControlCharacterInAFormFieldShowsTheFormAgainWithTheMessageAtTheField(String hex) throws Exception {
        String name = "表单单位" + (char) Integer.parseInt(hex, 16) + "有限公司";
        MockHttpServletResponse page = mvc.perform(post("/units/new").param("name", name)
                        .param("creditCode", World.creditCode()).param("jurisdictionId", String.valueOf(world.homeJurisdiction))
                        .param("nature", "ENTERPRISE").param("businessFields", "CHEMICAL").param("postcode", "324000")
                        .with(user(world.user(Role.CITY_CAST))).with(csrf()))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("不能包含控制字符（如 NUL）或无效字符，请删除后重试。")
                .containsPattern("<input[^>]*is-invalid[^>]*id=\"name\"|<input[^>]*id=\"name\"[^>]*is-invalid");
    }

    /** A reference to a record that does not exist (a tampered select) is refused in words, never a server error. */
    @Test
    void aFormNamingARecordThatDoesNotExistIsAnsweredInWordsNotWithAServerError() throws Exception {
        MockHttpServletResponse page = mvc.perform(post("/applications/new").param("stationName", "不存在学会服务站")
                        .param("societyId", "987654321").param("action", "save")
                        .with(user(world.user(Role.APPLICANT))).with(csrf()))
                .andReturn().getResponse();
        assertThat(page.getStatus()).isEqualTo(422);
        assertThat(page.getContentAsString()).contains("所选的记录不存在", "参考编号");
    }
}
