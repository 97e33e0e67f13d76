package cn.quzhou.stations.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import cn.quzhou.stations.application.Applications;
import cn.quzhou.stations.audit.AuditQuery;
import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.organisation.internal.AccountProvisioning;
import cn.quzhou.stations.organisation.internal.OperatorSecrets;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.testsupport.MailServer;
import cn.quzhou.stations.testsupport.PlatformTest;
import cn.quzhou.stations.testsupport.World;
import java.nio.file.Files;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * 三员分立 that holds (issue #10 §2): every cell of the roles × duties matrix of the README, and the password reset
 * that never lets one administrator set or learn another's password.
 */
class AdministratorDutiesTests extends PlatformTest {

    @Autowired
    Accounts accounts;

    @Autowired
    AuditTrail audit;

    @Autowired
    HostUnits units;

    @Autowired
    Applications applications;

    @Autowired
    AccountProvisioning provisioning;

    @Autowired
    UserDetailsService users;

    @Autowired
    OperatorSecrets operator;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @BeforeEach
    void world() {
        world.ensure();
    }

    /** A duty, done by {@code admin} against fresh accounts of its own. */
    enum Duty {
        READ_ACCOUNTS, CREATE_ACCOUNT, DISABLE_ACCOUNT, CHANGE_EMAIL, GRANT_ROLE, REVOKE_ROLE, UNLOCK,
        RESET_PASSWORD, APPROVE_ADMINISTRATOR_RESET, READ_AUDIT, READ_BUSINESS_DATA
    }

    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
        "SYSTEM_ADMIN,   READ_ACCOUNTS,              allowed",
        "SECURITY_ADMIN, READ_ACCOUNTS,              allowed",
        "AUDIT_ADMIN,    READ_ACCOUNTS,              denied",
        "SYSTEM_ADMIN,   CREATE_ACCOUNT,             allowed",
        "SECURITY_ADMIN, CREATE_ACCOUNT,             denied",
        "AUDIT_ADMIN,    CREATE_ACCOUNT,             denied",
        "SYSTEM_ADMIN,   DISABLE_ACCOUNT,            allowed",
        "SECURITY_ADMIN, DISABLE_ACCOUNT,            denied",
        "AUDIT_ADMIN,    DISABLE_ACCOUNT,            denied",
        "SYSTEM_ADMIN,   CHANGE_EMAIL,               allowed",
        "SECURITY_ADMIN, CHANGE_EMAIL,               denied",
        "AUDIT_ADMIN,    CHANGE_EMAIL,               denied",
        "SYSTEM_ADMIN,   GRANT_ROLE,                 denied",
        "SECURITY_ADMIN, GRANT_ROLE,                 allowed",
        "AUDIT_ADMIN,    GRANT_ROLE,                 denied",
        "SYSTEM_ADMIN,   REVOKE_ROLE,                denied",
        "SECURITY_ADMIN, REVOKE_ROLE,                allowed",
        "AUDIT_ADMIN,    REVOKE_ROLE,                denied",
        "SYSTEM_ADMIN,   UNLOCK,                     denied",
        "SECURITY_ADMIN, UNLOCK,                     allowed",
        "AUDIT_ADMIN,    UNLOCK,                     denied",
        "SYSTEM_ADMIN,   RESET_PASSWORD,             denied",
        "SECURITY_ADMIN, RESET_PASSWORD,             allowed",
        "AUDIT_ADMIN,    RESET_PASSWORD,             denied",
        "SYSTEM_ADMIN,   APPROVE_ADMINISTRATOR_RESET, allowed",
        "SECURITY_ADMIN, APPROVE_ADMINISTRATOR_RESET, allowed",
        "AUDIT_ADMIN,    APPROVE_ADMINISTRATOR_RESET, denied",
        "SYSTEM_ADMIN,   READ_AUDIT,                 denied",
        "SECURITY_ADMIN, READ_AUDIT,                 denied",
        "AUDIT_ADMIN,    READ_AUDIT,                 allowed",
        "SYSTEM_ADMIN,   READ_BUSINESS_DATA,         denied",
        "SECURITY_ADMIN, READ_BUSINESS_DATA,         denied",
        "AUDIT_ADMIN,    READ_BUSINESS_DATA,         denied",
    })
    void everyCellOfTheMatrix(Role role, Duty duty, String expected) {
        PlatformUser admin = world.user(role);
        Runnable attempt = prepare(duty);
        if (expected.equals("allowed")) {
            as(admin, () -> {
                attempt.run();
                return null;
            });
        } else {
            assertThatThrownBy(() -> as(admin, () -> {
                attempt.run();
                return null;
            })).isInstanceOf(AccessDeniedException.class);
        }
    }

    /** Sets up what the duty acts on (as nobody in particular) and returns the duty itself. */
    private Runnable prepare(Duty duty) {
        long target = world.freshAccount("matrix", null, null).getId();
        return switch (duty) {
            case READ_ACCOUNTS -> () -> accounts.get(target);
            case CREATE_ACCOUNT -> () -> accounts.create(new NewAccountCommand("matrix-new-" + target, "新账户",
                    "Trellis-Ink-47", null, null, null, null, null));
            case DISABLE_ACCOUNT -> () -> accounts.setEnabled(target, false);
            case CHANGE_EMAIL -> () -> accounts.changeEmail(target, "m" + target + "@example.org");
            case GRANT_ROLE -> () -> accounts.grant(target, Role.CITY_TALENT);
            case REVOKE_ROLE -> {
                grantDirectly(target, Role.CITY_TALENT);
                yield () -> accounts.revoke(target, Role.CITY_TALENT);
            }
            case UNLOCK -> () -> accounts.unlock(target);
            case RESET_PASSWORD -> () -> accounts.resetPassword(target);
            case APPROVE_ADMINISTRATOR_RESET -> {
                long request = pendingResetOfAFreshAuditor();
                yield () -> accounts.approveReset(request);
            }
            case READ_AUDIT -> () -> audit.search(AuditQuery.all(), 0, 1);
            case READ_BUSINESS_DATA -> () -> {
                units.list(null);
                applications.page(cn.quzhou.stations.shared.ListRequest.of(null, null, null, null),
                        cn.quzhou.stations.application.ApplicationFilter.of(null));
            };
        };
    }

    @Test
    void theSecurityAdministratorCannotSignInAsTheAuditorWithAValueOfItsChoice() throws Exception {
        Account auditor = freshAdministrator("auditor", Role.AUDIT_ADMIN);
        ResetOutcome outcome = as(world.user(Role.SECURITY_ADMIN), () -> accounts.resetPassword(auditor.getId()));

        assertThat(outcome.pending()).as("an administrator's reset waits for a second administrator").isTrue();
        assertThat(outcome.temporarySecret()).as("the requester learns nothing").isNull();
        assertThat(signIn(auditor.getUsername(), World.PASSWORD)).as("nothing changed before approval").isTrue();
        for (String chosen : new String[] {"Chosen@2026value", "Trellis-Ink-47", "", "null"}) {
            assertThat(signIn(auditor.getUsername(), chosen)).as("a value of the requester's choice: " + chosen).isFalse();
        }

        as(world.user(Role.SYSTEM_ADMIN), () -> {
            accounts.approveReset(outcome.pendingRequestId());
            return null;
        });

        assertThat(signIn(auditor.getUsername(), World.PASSWORD)).as("the old password is gone").isFalse();
        assertThat(signIn(auditor.getUsername(), "Chosen@2026value")).isFalse();
        String secret = operatorSecretOf(auditor.getUsername());
        assertThat(signInGoesTo(auditor.getUsername(), secret)).as("only the holder's out-of-band secret opens it, and"
                + " only to change it").isEqualTo("/account/password");
    }

    @Test
    void theRequesterAndTheHolderCannotApproveAndTheSecretGoesToTheHoldersOwnMailbox() {
        Account auditor = freshAdministrator("mailauditor", Role.AUDIT_ADMIN);
        as((PlatformUser) users.loadUserByUsername(auditor.getUsername()), () -> {
            accounts.changeOwnEmail(World.PASSWORD, auditor.getUsername() + "@example.org");
            return null;
        });
        PlatformUser security = world.user(Role.SECURITY_ADMIN);
        long request = as(security, () -> accounts.resetPassword(auditor.getId())).pendingRequestId();

        assertThatThrownBy(() -> as(security, () -> {
            accounts.approveReset(request);
            return null;
        })).isInstanceOf(BusinessRuleException.class).hasMessage("account.error.resetOwnRequest");
        PlatformUser holder = (PlatformUser) users.loadUserByUsername(auditor.getUsername());
        assertThatThrownBy(() -> as(holder, () -> {
            accounts.approveReset(request);
            return null;
        })).isInstanceOf(AccessDeniedException.class);
        assertThat(as(world.user(Role.SYSTEM_ADMIN), accounts::pendingResets)).extracting(ResetRequestView::id)
                .contains(request);

        as(world.user(Role.SYSTEM_ADMIN), () -> {
            accounts.approveReset(request);
            return null;
        });
        var mails = MailServer.awaitMail(auditor.getUsername() + "@example.org", "临时密码", 10);
        assertThat(mails).hasSize(1);
        assertThat(as(world.user(Role.SYSTEM_ADMIN), accounts::pendingResets)).extracting(ResetRequestView::id)
                .doesNotContain(request);
    }

    /**
     * The review's attack: the system administrator points the auditor's address at itself, then approves the
     * security administrator's reset request. It cannot change an administrator's address; and an address an
     * administrator typed (before the account became an administrator) never carries the secret.
     */
    @Test
    void theSystemAdministratorCannotRedirectAnAdministratorsSecretToItself() throws Exception {
        Account auditor = freshAdministrator("redirected", Role.AUDIT_ADMIN);
        PlatformUser system = world.user(Role.SYSTEM_ADMIN);
        assertThatThrownBy(() -> as(system, () -> {
            accounts.changeEmail(auditor.getId(), "system-admin@example.org");
            return null;
        })).isInstanceOf(BusinessRuleException.class).hasMessage("account.error.adminEmail");
        tx.executeWithoutResult(s -> jdbc.sql("update account set email = ? where id = ?")
                .params("typed-by-admin-" + auditor.getId() + "@example.org", auditor.getId()).update());

        long request = as(world.user(Role.SECURITY_ADMIN), () -> accounts.resetPassword(auditor.getId()))
                .pendingRequestId();
        as(system, () -> {
            accounts.approveReset(request);
            return null;
        });
        assertThat(MailServer.awaitMail("typed-by-admin-" + auditor.getId() + "@example.org", "临时密码", 2))
                .as("no secret to an address the holder did not set").isEmpty();
        assertThat(signInGoesTo(auditor.getUsername(), operatorSecretOf(auditor.getUsername())))
                .as("it went to the operator's file instead").isEqualTo("/account/password");
    }

    @Test
    void theHolderSetsItsOwnAddressOnlyWithItsPassword() {
        Account auditor = freshAdministrator("ownmail", Role.AUDIT_ADMIN);
        PlatformUser holder = (PlatformUser) users.loadUserByUsername(auditor.getUsername());
        assertThatThrownBy(() -> as(holder, () -> {
            accounts.changeOwnEmail("Wrong@2026pass", "mine@example.org");
            return null;
        })).isInstanceOf(BusinessRuleException.class).hasMessage("password.error.current");
        as(holder, () -> {
            accounts.changeOwnEmail(World.PASSWORD, "mine@example.org");
            return null;
        });
        assertThat(jdbc.sql("select email_set_by_holder from account where id = ?").param(auditor.getId())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void aBusinessAccountGetsAOneTimeSecretShownOnceThatMustBeChanged() throws Exception {
        Account official = world.freshAccount("official", null, null);
        ResetOutcome outcome = as(world.user(Role.SECURITY_ADMIN), () -> accounts.resetPassword(official.getId()));
        assertThat(outcome.pending()).isFalse();
        assertThat(outcome.temporarySecret()).hasSize(20);
        assertThat(PasswordPolicy.isAcceptable(outcome.temporarySecret())).isTrue();
        assertThat(signIn(official.getUsername(), World.PASSWORD)).isFalse();
        assertThat(signInGoesTo(official.getUsername(), outcome.temporarySecret())).isEqualTo("/account/password");
        assertThat(jdbc.sql("select count(*) from audit_event where summary like ?")
                .param("%" + outcome.temporarySecret() + "%").query(Long.class).single())
                .as("the secret is never written to the audit").isZero();
    }

    private boolean signIn(String username, String password) throws Exception {
        return !signInGoesTo(username, password).startsWith("/login");
    }

    private String signInGoesTo(String username, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", username).param("password", password))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private Account freshAdministrator(String prefix, Role role) {
        Account a = world.freshAccount(prefix, null, null);
        tx.executeWithoutResult(s -> jdbc.sql("insert into account_role (account_id, role_code) values (?, ?)")
                .params(a.getId(), role.name()).update());
        return a;
    }

    private void grantDirectly(long accountId, Role role) {
        tx.executeWithoutResult(s -> jdbc.sql("insert into account_role (account_id, role_code) values (?, ?)")
                .params(accountId, role.name()).update());
    }

    /** A pending reset of a fresh audit administrator, filed by a second (fresh) security administrator. */
    private long pendingResetOfAFreshAuditor() {
        Account auditor = freshAdministrator("pendingauditor", Role.AUDIT_ADMIN);
        Account requester = freshAdministrator("requester", Role.SECURITY_ADMIN);
        PlatformUser asRequester = (PlatformUser) users.loadUserByUsername(requester.getUsername());
        return as(asRequester, () -> accounts.resetPassword(auditor.getId())).pendingRequestId();
    }

    private String operatorSecretOf(String username) throws java.io.IOException {
        Function<String, String[]> fields = l -> l.split("\t");
        return Files.readAllLines(operator.file()).stream().map(fields).filter(f -> f.length == 4 && f[1].equals(username))
                .reduce((a, b) -> b).orElseThrow()[3];
    }
}
