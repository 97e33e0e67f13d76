package cn.quzhou.stations.organisation;

/**
 * The account list's filters, each optional: a role held, a jurisdiction (the account's own or its unit's) and
 * whether it is enabled.
 */
public record AccountFilter(Role role, Long jurisdiction, Boolean enabled) {

    public static AccountFilter none() {
        return new AccountFilter(null, null, null);
    }
}
