package cn.quzhou.stations.organisation;

/**
 * Whether an expert of the pool sits on a team being judged (DOMAIN.md §3, issue 14 item 9). A team lists people by
 * name and organisation, not by expert record: the same name at the expert record's organisation is the expert
 * (never assigned); the same name elsewhere or without an organisation may be them (the city CAST is warned).
 */
public enum TeamMatch {
    NONE,
    NAME_ONLY,
    SAME_PERSON
}
