package cn.quzhou.stations.organisation;

/** One line of a home page's 待办 list: a message key, how many, and where to go. */
public record TodoItem(String labelKey, long count, String href) {
}
