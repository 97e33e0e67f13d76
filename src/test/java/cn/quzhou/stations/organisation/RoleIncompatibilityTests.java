package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.organisation.internal.AccountProvisioning;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Separation of duties for business roles (issue #10 §3): the incompatible pairs of table role_incompatibility. */
class RoleIncompatibilityTests extends PlatformTest {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired
    Accounts accounts;

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void world() {
        world.ensure();
    }

    @ParameterizedTest(name = "{0} then {1} → {2}")
    @CsvSource(nullValues = "-", value = {
        "APPLICANT,       COUNTY_CAST,     account.error.incompatible.applicantReviewer",
        "APPLICANT,       COUNTY_TALENT,   account.error.incompatible.applicantReviewer",
        "APPLICANT,       CITY_CAST,       account.error.incompatible.applicantReviewer",
        "APPLICANT,       CITY_TALENT,     account.error.incompatible.applicantReviewer",
        "APPLICANT,       EXPERT,          account.error.incompatible.applicantReviewer",
        "CITY_CAST,       APPLICANT,       account.error.incompatible.applicantReviewer",
        "COUNTY_CAST,     COUNTY_TALENT,   account.error.incompatible.countyOffices",
        "COUNTY_TALENT,   COUNTY_CAST,     account.error.incompatible.countyOffices",
        "CITY_CAST,       CITY_TALENT,     account.error.incompatible.cityOffices",
        "CITY_TALENT,     CITY_CAST,       account.error.incompatible.cityOffices",
        "EXPERT,          COUNTY_CAST,     account.error.incompatible.expertReviewer",
        "EXPERT,          COUNTY_TALENT,   account.error.incompatible.expertReviewer",
        "CITY_CAST,       EXPERT,          account.error.incompatible.expertReviewer",
        "CITY_TALENT,     EXPERT,          account.error.incompatible.expertReviewer",
        "COUNTY_CAST,     CITY_CAST,       -",
        "APPLICANT,       SOCIETY_CONTACT, -",
        "EXPERT,          SOCIETY_CONTACT, -",
    })
    void incompatibleRolesAreNeverGrantedToOneAccount(Role held, Role wanted, String refusal) {
        long id = boundToEverything();
        PlatformUser security = world.user(Role.SECURITY_ADMIN);
        as(security, () -> {
            accounts.grant(id, held);
            return null;
        });
        if (refusal == null) {
            as(security, () -> {
                accounts.grant(id, wanted);
                return null;
            });
            assertThat(as(security, () -> accounts.get(id)).roles()).containsExactlyInAnyOrder(held, wanted);
        } else {
            assertThatThrownBy(() -> as(security, () -> {
                accounts.grant(id, wanted);
                return null;
            })).isInstanceOfSatisfying(BusinessRuleException.class, e -> {
                assertThat(e.messageKey()).isEqualTo(refusal);
                assertThat(e.field()).isEqualTo("role");
            });
            assertThat(as(security, () -> accounts.get(id)).roles()).containsExactly(held);
        }
    }

    @Test
    void theRefusalIsAClearChineseMessageAtTheRoleField() throws Exception {
        long id = boundToEverything();
        PlatformUser security = world.user(Role.SECURITY_ADMIN);
        as(security, () -> {
            accounts.grant(id, Role.COUNTY_CAST);
            return null;
        });
        // one browser session: the refusal travels to the next page as a flash attribute in it
        jakarta.servlet.http.Cookie session = cn.quzhou.stations.testsupport.SessionCookie.open(mvc);
        mvc.perform(post("/admin/accounts/{id}/roles/grant", id).with(user(security)).with(csrf()).cookie(session)
                .param("role", "COUNTY_TALENT"))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.status().is3xxRedirection());
        String page = mvc.perform(get("/admin/accounts/{id}", id).with(user(security)).cookie(session)
                .header("Accept-Language", "zh-CN")).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("id=\"role-error\"").contains("县级科协与县级人才办角色不能由同一账户兼任")
                .contains("is-invalid");
    }

    @Test
    void thePolicyIsDatedDataThatAppliesFromItsDay() {
        Integer rows = jdbc.sql("select count(*) from role_incompatibility where effective_from <= current_date")
                .query(Integer.class).single();
        assertThat(rows).isGreaterThanOrEqualTo(11);
    }

    /** An account bound to a unit, the home county, the expert and the society: every role's binding is there. */
    private long boundToEverything() {
        return tx.execute(s -> {
            Account a = provisioning.create("sod-" + SEQ.incrementAndGet() + "-" + System.nanoTime() % 100000, "兼任测试",
                    World.PASSWORD, false, world.homeUnit.getId(), world.homeJurisdiction, world.expert.getId(),
                    world.society.getId());
            return a.getId();
        });
    }
}
