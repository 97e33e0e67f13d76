package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.quzhou.stations.testsupport.AccessMatrix;
import cn.quzhou.stations.testsupport.PlatformTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The e-mail address on accounts, and the contacts other modules notify. */
class AccountContactTests extends PlatformTest {

    @Autowired
    Accounts accounts;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @Test
    void theSystemAdministratorGivesANewAccountAnEmailAddressAndChangesItLater() throws Exception {
        String username = "mail" + AccessMatrix.next();
        String location = mvc.perform(post("/admin/accounts/new").with(user(world.user(Role.SYSTEM_ADMIN))).with(csrf())
                        .param("username", username).param("displayName", "邮箱用户").param("password", "Matrix@2026pw")
                        .param("email", username + "@example.org"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(detail(id)).contains("m***@example.org").doesNotContain(username + "@example.org");

        mvc.perform(post("/admin/accounts/{id}/email", id).with(user(world.user(Role.SYSTEM_ADMIN))).with(csrf())
                .param("email", "new-" + username + "@example.org")).andExpect(status().is3xxRedirection());
        assertThat(as(world.user(Role.SYSTEM_ADMIN), () -> accounts.get(id)).email()).isEqualTo("n***@example.org");
        assertThat(accounts.contacts(List.of(id))).extracting(Contact::email).containsExactly("new-" + username + "@example.org");
    }

    @Test
    void aMalformedEmailAddressIsRefused() throws Exception {
        String form = mvc.perform(post("/admin/accounts/new").with(user(world.user(Role.SYSTEM_ADMIN))).with(csrf())
                        .param("username", "bad" + AccessMatrix.next()).param("displayName", "坏邮箱")
                        .param("password", "Matrix@2026pw").param("email", "not-an-address"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("电子邮箱格式不正确");

        long id = world.freshAccount("badmail", null, null).getId();
        mvc.perform(post("/admin/accounts/{id}/email", id).with(user(world.user(Role.SYSTEM_ADMIN))).with(csrf())
                .param("email", "still not one")).andExpect(status().is3xxRedirection());
        assertThat(as(world.user(Role.SYSTEM_ADMIN), () -> accounts.get(id)).email()).isNull();
    }

    @Test
    void countyContactsAreTheEnabledHoldersOfTheRoleInThatJurisdiction() {
        assertThat(accounts.contactsOf(Role.COUNTY_CAST, world.homeJurisdiction)).extracting(Contact::accountId)
                .contains(world.user(Role.COUNTY_CAST).accountId())
                .doesNotContain(world.user(Role.COUNTY_TALENT).accountId());
        assertThat(accounts.contactsOf(Role.COUNTY_CAST, world.otherJurisdiction)).extracting(Contact::accountId)
                .doesNotContain(world.user(Role.COUNTY_CAST).accountId());
        assertThat(accounts.contactsOf(Role.CITY_CAST, null)).extracting(Contact::accountId)
                .contains(world.user(Role.CITY_CAST).accountId());
        assertThat(accounts.contactsOfUnit(world.homeUnit.getId())).extracting(Contact::accountId)
                .contains(world.user(Role.APPLICANT).accountId());
        assertThat(accounts.contactsOfUnit(world.otherUnit.getId())).extracting(Contact::accountId)
                .doesNotContain(world.user(Role.APPLICANT).accountId());
        assertThatThrownBy(() -> accounts.contactsOf(Role.APPLICANT, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDisabledAccountIsNoContact() {
        var account = world.freshAccount("gone", null, world.homeJurisdiction);
        as(world.user(Role.SECURITY_ADMIN), () -> {
            accounts.grant(account.getId(), Role.COUNTY_TALENT);
            return null;
        });
        assertThat(accounts.contactsOf(Role.COUNTY_TALENT, world.homeJurisdiction)).extracting(Contact::accountId)
                .contains(account.getId());
        as(world.user(Role.SYSTEM_ADMIN), () -> {
            accounts.setEnabled(account.getId(), false);
            return null;
        });
        assertThat(accounts.contactsOf(Role.COUNTY_TALENT, world.homeJurisdiction)).extracting(Contact::accountId)
                .doesNotContain(account.getId());
        assertThat(accounts.contacts(List.of(account.getId(), world.user(Role.CITY_CAST).accountId())))
                .extracting(Contact::accountId).containsExactly(world.user(Role.CITY_CAST).accountId());
    }

    private String detail(long id) throws Exception {
        return mvc.perform(get("/admin/accounts/{id}", id).with(user(world.user(Role.SYSTEM_ADMIN))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }
}
