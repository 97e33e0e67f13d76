package cn.quzhou.stations.audit;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who the user names in the trail are, for reading it: implemented by the module that keeps the accounts (the trail
 * stores only the user name, so that a renamed or deleted account never changes a chained row).
 */
public interface AuditActors {

    /** The known ones among {@code usernames}; others (anonymous, "public", a mistyped sign-in) are left out. */
    Map<String, Actor> describe(Collection<String> usernames);

    /** A display name and the role codes (e.g. {@code CITY_CAST}) the account holds now. */
    record Actor(String displayName, List<String> roles) {
    }
}
