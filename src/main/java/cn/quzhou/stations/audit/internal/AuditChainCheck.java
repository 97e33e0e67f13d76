package cn.quzhou.stations.audit.internal;

import cn.quzhou.stations.audit.AuditTrail;
import cn.quzhou.stations.audit.ChainVerification;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The operator's command after a restore (ops/restore.sh): {@code java -jar app.jar --platform.ops.verify-audit-chain=true
 * --server.port=0} verifies the audit hash chain of the database, prints the result and exits
 * 0 when intact, 3 when not (the port is a random one, closed again at once).
 */
@Component
@ConditionalOnBooleanProperty("platform.ops.verify-audit-chain")
class AuditChainCheck implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AuditChainCheck.class);

    private final AuditTrail trail;
    private final ConfigurableApplicationContext context;

    AuditChainCheck(AuditTrail trail, ConfigurableApplicationContext context) {
        this.trail = trail;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        // the verifier is the audit administrator's (audit:read); this command is the operator's, on the server itself
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "operator-restore-check", null, List.of(new SimpleGrantedAuthority("audit:read"))));
        ChainVerification v;
        try {
            v = trail.verify();
        } finally {
            SecurityContextHolder.clearContext();
        }
        String result = "AUDIT CHAIN " + (v.intact() ? "INTACT" : "BROKEN") + ": " + v.rowsChecked() + " rows checked, "
                + v.alteredRows().size() + " altered, " + v.brokenLinks().size() + " broken links";
        log.info(result);
        System.out.println(result);
        System.exit(SpringApplication.exit(context, () -> v.intact() ? 0 : 3));
    }
}
