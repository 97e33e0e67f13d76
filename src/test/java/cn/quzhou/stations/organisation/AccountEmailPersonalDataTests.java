package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.organisation.internal.Account;
import org.springframework.security.core.userdetails.UserDetailsService;
import cn.quzhou.stations.shared.PersonalDataCipher;
import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An account's e-mail address is sealed at rest with a blind index beside it; the notifying modules get it in full,
 * administrators see it masked on the account page and in the audit trail, and the account list finds the account by
 * the exact address through the index.
 */
class AccountEmailPersonalDataTests extends PlatformTest {

    @Autowired
    Accounts accounts;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PersonalDataCipher cipher;

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    private Account account;
    private String address;

    @BeforeEach
    void setUp() {
        world.ensure();
        account = world.freshAccount("sealmail", null, null);
        address = account.getUsername() + "@example.org";
        as(world.user(Role.SYSTEM_ADMIN), () -> {
            accounts.changeEmail(account.getId(), address);
            return null;
        });
    }

    @Test
    void theStoredAddressIsCiphertextWithItsBlindIndexAndTheNotifyingModulesReadItInFull() {
        Map<String, Object> row = stored();
        assertThat((String) row.get("email")).startsWith("sm4:1:").doesNotContain(account.getUsername())
                .doesNotContain("example.org");
        assertThat(row.get("email_index")).isEqualTo(cipher.blindIndex(address));
        assertThat(accounts.contacts(List.of(account.getId()))).extracting(Contact::email).containsExactly(address);
    }

    @Test
    void theAccountPageShowsTheAddressMaskedAndNeverFillsItIntoTheForm() throws Exception {
        String page = mvc.perform(get("/admin/accounts/{id}", account.getId()).with(user(world.user(Role.SYSTEM_ADMIN))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("s***@example.org").doesNotContain(address);
    }

    @Test
    void theAuditTrailOfCreatingAndChangingTheAddressHoldsItMasked() throws Exception {
        String username = "mailaudit" + AccessMatrix.next();
        mvc.perform(post("/admin/accounts/new").with(user(world.user(Role.SYSTEM_ADMIN))).with(csrf())
                        .param("username", username).param("displayName", "审计邮箱").param("password", "Matrix@2026pw")
                        .param("email", username + "@example.org"))
                .andExpect(status().is3xxRedirection());
        assertThat(lastSummary("account.create")).endsWith("email=m***@example.org").doesNotContain(username + "@");
        assertThat(lastSummary("account.changeEmail")).isEqualTo("email: null → s***@example.org");
    }

    @Test
    void theHoldersOwnChangeIsAuditedMasked() {
        PlatformUser holder = (PlatformUser) users.loadUserByUsername(account.getUsername());
        as(holder, () -> {
            accounts.changeOwnEmail(World.PASSWORD, "holder.own@example.net");
            return null;
        });
        assertThat(lastSummary("account.changeOwnEmail")).isEqualTo("email: s***@example.org → h***@example.net");
    }

    @ParameterizedTest(name = "the keyword \"{0}\" finds the account by its blind index")
    @ValueSource(strings = {"%s@example.org", " %S@EXAMPLE.ORG "})
    void theAccountListFindsTheAccountByItsExactAddress(String pattern) throws Exception {
        String keyword = pattern.formatted(account.getUsername());
        assertThat(list(keyword)).contains(row());
    }

    @Test
    void aPartOfTheAddressFindsNothingTheSealedColumnCannotBeSearchedByPieces() throws Exception {
        assertThat(list("@example.org")).doesNotContain(row());
    }

    @Test
    void anAddressLeftInClearIsSealedAndIndexedByTheStartUpStep() throws Exception {
        jdbc.sql("update account set email = ?, email_index = null where id = ?").params("Old.Mail@example.net",
                account.getId()).update();
        context.getBean("accountDataSealing", ApplicationRunner.class).run(null);
        assertThat((String) stored().get("email")).startsWith("sm4:1:").doesNotContain("example.net");
        assertThat(stored().get("email_index")).isEqualTo(cipher.blindIndex("old.mail@example.net"));
        assertThat(accounts.contacts(List.of(account.getId()))).extracting(Contact::email)
                .containsExactly("Old.Mail@example.net");
    }

    /** The account's row in the list (its link), which the keyword echoed in the search box cannot fake. */
    private String row() {
        return "href=\"/admin/accounts/" + account.getId() + "\"";
    }

    private Map<String, Object> stored() {
        return jdbc.sql("select email, email_index from account where id = ?").param(account.getId()).query()
                .singleRow();
    }

    private String list(String keyword) throws Exception {
        return mvc.perform(get("/admin/accounts").param("q", keyword).with(user(world.user(Role.SYSTEM_ADMIN))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String lastSummary(String action) {
        return jdbc.sql("select summary from audit_event where action = ? order by id desc limit 1").param(action)
                .query(String.class).single();
    }
}
