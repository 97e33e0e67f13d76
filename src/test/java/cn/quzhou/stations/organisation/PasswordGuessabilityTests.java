package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * 等保 password policy (issue #10 §6): beyond length and classes, a password must not hold what is guessed first — the
 * user name, the platform's context words, a common password under the usual decorations.
 */
class PasswordGuessabilityTests extends PlatformTest {

    @Autowired
    Accounts accounts;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest(name = "{0} for {1} → {2} ({3})")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "Quzhou2026!        | -          | password.error.context  | the city and a year (the issue's example)",
        "Kexie@12345        | -          | password.error.context  | the owner in pinyin (the issue's example)",
        "衢州Secure#2026     | -          | password.error.context  | the city in Chinese",
        "My科协Pass#2026     | -          | password.error.context  | the owner in Chinese",
        "Xuehui#Safe99      | -          | password.error.context  | 学会 in pinyin",
        "Station@Home77     | -          | password.error.context  | the subject",
        "Kex1e@2026ab       | -          | password.error.context  | leet 1 for i",
        "Lixiaoming#77      | lixiaoming | password.error.username | the user name",
        "Ab#9WANG-Jun88     | wang-jun   | password.error.username | the whole user name, any case",
        "Ab#9Li&Na887766    | li-na      | -                       | user name parts shorter than 4 alone are not refused",
        "Ab#9Guojunhui      | guo.junhui | password.error.username | a user name part of 4 or more",
        "Password1!         | -          | password.error.common   | the commonest, decorated",
        "P@ssw0rd2026       | -          | password.error.common   | leet and a year",
        "Qwerty123456!      | -          | password.error.common   | keyboard walk",
        "Welcome2026!       | -          | password.error.common   | a word and a year",
        "!Sunshine2026      | -          | password.error.common   | decorations on both ends",
        "Woaini1314!        | -          | password.error.common   | a common Chinese one",
        "Aa123456!!         | -          | password.error.common   | a common one with symbols",
        "Abcdefg1!          | -          | validation.password     | still at least 10 characters",
        "Trellis-Ink-47     | -          | -                       | an unguessable passphrase",
        "Test@2026pass      | t-applicant | -                      | the test fixtures' password stays valid",
    })
    void refusesWhatIsGuessedFirst(String password, String username, String problem, String why) {
        assertThat(PasswordPolicy.problem(password, username).orElse(null)).as(why).isEqualTo(problem);
    }

    @ParameterizedTest(name = "{0} → message at the field")
    @CsvSource({"Quzhou2026!, 密码不能包含与本平台相关的常见词", "Kexie@12345, 密码不能包含与本平台相关的常见词",
        "Password1!, 该密码属于常见密码"})
    void theChangePasswordFormShowsTheReasonAtTheNewPasswordField(String password, String message) throws Exception {
        world.ensure();
        PlatformUser holder = (PlatformUser) users.loadUserByUsername(world.freshAccount("pwform", null, null).getUsername());
        String page = mvc.perform(post("/account/password").with(user(holder)).with(csrf())
                        .header("Accept-Language", "zh-CN")
                        .param("currentPassword", World.PASSWORD).param("newPassword", password)
                        .param("confirmPassword", password))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains(message).contains("is-invalid");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"Quzhou2026!, password.error.context", "Kexie@12345, password.error.context"})
    void theFacadeRefusesThemToo(String password, String key) {
        world.ensure();
        PlatformUser holder = (PlatformUser) users.loadUserByUsername(world.freshAccount("pwfacade", null, null).getUsername());
        Assertions.assertThatThrownBy(() -> as(holder, () -> {
            accounts.changeOwnPassword(World.PASSWORD, password);
            return null;
        })).isInstanceOf(BusinessRuleException.class).hasMessage(key);
    }

    @org.junit.jupiter.api.Test
    void aPasswordContainingTheNewAccountsUserNameIsRefusedAtThePasswordField() {
        world.ensure();
        NewAccountCommand c = new NewAccountCommand("zhaoliying", "赵丽颖", "Zhaoliying#2026", null, null, null, null, null);
        Assertions.assertThatThrownBy(() -> as(world.user(Role.SYSTEM_ADMIN), () -> accounts.create(c)))
                .isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("password.error.username");
                    assertThat(e.field()).isEqualTo("password");
                });
    }
}
