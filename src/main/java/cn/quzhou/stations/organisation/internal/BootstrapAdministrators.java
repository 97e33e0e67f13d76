package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.organisation.PasswordPolicy;
import cn.quzhou.stations.organisation.Role;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/**
 * Production has no default account. The first system, security and audit administrators are created from
 * PLATFORM_BOOTSTRAP_* settings — only while no account holds that role — each with <em>its own</em> temporary
 * secret that must be changed at first sign-in (三员分立: no shared secret, so none of them can sign in as another):
 * PLATFORM_BOOTSTRAP_SYSTEM_ADMIN_PASSWORD, …_SECURITY_ADMIN_PASSWORD, …_AUDIT_ADMIN_PASSWORD when given (distinct,
 * and accepted by the {@link PasswordPolicy}); otherwise a generated one written to the operator's file
 * ({@link OperatorSecrets}), never to the log. The old shared PLATFORM_BOOTSTRAP_PASSWORD is refused.
 */
@Component
@Order(1)
@EnableConfigurationProperties(BootstrapAdministrators.BootstrapProperties.class)
class BootstrapAdministrators implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrators.class);

    private final BootstrapProperties properties;
    private final AccountRepository accounts;
    private final AccountProvisioning provisioning;
    private final OperatorSecrets operator;
    private final AuditLog audit;

    BootstrapAdministrators(BootstrapProperties properties, AccountRepository accounts,
                            AccountProvisioning provisioning, OperatorSecrets operator, AuditLog audit) {
        this.properties = properties;
        this.accounts = accounts;
        this.provisioning = provisioning;
        this.operator = operator;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (StringUtils.hasText(properties.password())) {
            throw new IllegalStateException("PLATFORM_BOOTSTRAP_PASSWORD is no longer read: give each administrator its"
                    + " own PLATFORM_BOOTSTRAP_<ROLE>_PASSWORD, or none to have one generated (see README, 三员分立)");
        }
        Map<Role, Wanted> wanted = new LinkedHashMap<>();
        wanted.put(Role.SYSTEM_ADMIN, new Wanted(properties.systemAdmin(), properties.systemAdminPassword()));
        wanted.put(Role.SECURITY_ADMIN, new Wanted(properties.securityAdmin(), properties.securityAdminPassword()));
        wanted.put(Role.AUDIT_ADMIN, new Wanted(properties.auditAdmin(), properties.auditAdminPassword()));
        requireDistinctSecrets(wanted);
        wanted.forEach((role, w) -> {
            if (!StringUtils.hasText(w.username()) || accounts.existsWithRole(role)) {
                return;
            }
            Account a;
            String channel;
            if (StringUtils.hasText(w.password())) {
                a = provisioning.create(w.username(), w.username(), w.password(), true, null, null, null, null);
                channel = "given secret";
            } else {
                a = provisioning.create(w.username(), w.username(), null, true, null, null, null, null);
                String secret = TemporarySecrets.generate();
                provisioning.setTemporarySecret(a, secret);
                operator.deliver(a.getUsername(), "bootstrap " + role, secret);
                channel = "generated secret in the operator file";
            }
            provisioning.grant(a, role);
            audit.record(AuditRecord.of("bootstrap", "account.bootstrap", AuditOutcome.SUCCESS,
                    "username=" + a.getUsername() + ", role=" + role + ", " + channel));
            log.warn("Created first {} account '{}' ({}); it must change its password at first sign-in", role,
                    a.getUsername(), channel);
        });
    }

    private static void requireDistinctSecrets(Map<Role, Wanted> wanted) {
        long given = wanted.values().stream().map(Wanted::password).filter(StringUtils::hasText).count();
        long distinct = wanted.values().stream().map(Wanted::password).filter(StringUtils::hasText).distinct().count();
        if (given != distinct) {
            throw new IllegalStateException("the bootstrap administrators' passwords must differ from each other");
        }
    }

    private record Wanted(String username, String password) {
    }

    @ConfigurationProperties("platform.bootstrap")
    record BootstrapProperties(String systemAdmin, String securityAdmin, String auditAdmin,
                               String systemAdminPassword, String securityAdminPassword, String auditAdminPassword,
                               /** the former shared secret: refused when set */ String password) {
    }
}
