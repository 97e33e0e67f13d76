package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.organisation.Role;
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
 * Production has no default account. The first system, security and audit administrators are
 * created from PLATFORM_BOOTSTRAP_* settings — only while no account holds that role — with a
 * temporary password that must be changed at first sign-in.
 */
@Component
@Order(1)
@EnableConfigurationProperties(BootstrapAdministrators.BootstrapProperties.class)
class BootstrapAdministrators implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrators.class);

    private final BootstrapProperties properties;
    private final AccountRepository accounts;
    private final AccountProvisioning provisioning;
    private final AuditLog audit;

    BootstrapAdministrators(BootstrapProperties properties, AccountRepository accounts,
                            AccountProvisioning provisioning, AuditLog audit) {
        this.properties = properties;
        this.accounts = accounts;
        this.provisioning = provisioning;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Map<Role, String> wanted = Map.of(Role.SYSTEM_ADMIN, nullToEmpty(properties.systemAdmin()),
                Role.SECURITY_ADMIN, nullToEmpty(properties.securityAdmin()),
                Role.AUDIT_ADMIN, nullToEmpty(properties.auditAdmin()));
        wanted.forEach((role, username) -> {
            if (!StringUtils.hasText(username) || accounts.existsWithRole(role)) {
                return;
            }
            if (!StringUtils.hasText(properties.password())) {
                throw new IllegalStateException("PLATFORM_BOOTSTRAP_PASSWORD must be set to create " + username);
            }
            Account a = provisioning.create(username, username, properties.password(), true, null, null, null, null);
            provisioning.grant(a, role);
            audit.record(AuditRecord.of("bootstrap", "account.bootstrap", AuditOutcome.SUCCESS,
                    "username=" + a.getUsername() + ", role=" + role));
            log.warn("Created first {} account '{}'; its password must be changed at first sign-in", role, username);
        });
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    @ConfigurationProperties("platform.bootstrap")
    record BootstrapProperties(String systemAdmin, String securityAdmin, String auditAdmin, String password) {
    }
}
