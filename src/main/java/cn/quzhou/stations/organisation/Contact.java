package cn.quzhou.stations.organisation;

/**
 * Who to tell about something: an enabled account, its name, and its e-mail address (null when it
 * has none). Other modules get these from {@link Accounts#contactsOf}, {@link Accounts#contactsOfUnit}
 * and {@link Accounts#contacts} to hand work over.
 */
public record Contact(long accountId, String displayName, String email) {
}
