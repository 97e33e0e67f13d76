package cn.quzhou.stations.audit;

import cn.quzhou.stations.shared.Texts;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The audit list's filters, each optional: a date range (inclusive, Beijing time), one action (e.g.
 * {@code unit.update}), an outcome, the actor (user name, exact), the object (type and id, exact), the client IP
 * (exact) and {@code signIns} — only the 登录日志 actions ({@link #SIGN_IN_ACTIONS}). The keyword ({@code q}) is
 * matched over actor, action and target.
 */
public record AuditFilter(@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, String action,
                          AuditOutcome outcome, String actor, String objectType, String objectId, String ip,
                          boolean signIns) {

    /** Sign-ins and their failures and lock-outs, second-factor steps and enrolments, sign-outs and forced ones. */
    public static final List<String> SIGN_IN_ACTIONS = List.of("signin", "signin.password", "signin.secondFactor",
            "signout", "session.end", "session.endAll", "account.enrolSecondFactor", "account.resetSecondFactor",
            "account.unlock", "account.oidcLink");

    public AuditFilter {
        action = Texts.clean(action);
        actor = Texts.clean(actor);
        objectType = Texts.clean(objectType);
        objectId = Texts.clean(objectId);
        ip = Texts.clean(ip);
    }

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null, null, null, false);
    }

    /** The filters of the first four kinds only. */
    public static AuditFilter of(LocalDate from, LocalDate to, String action, AuditOutcome outcome) {
        return new AuditFilter(from, to, action, outcome, null, null, null, null, false);
    }

    /** The same filters over the 登录日志. */
    public AuditFilter signInsOnly() {
        return new AuditFilter(from, to, action, outcome, actor, objectType, objectId, ip, true);
    }
}
