package cn.quzhou.stations.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The columns a list may be sorted by: public sort keys (what {@code sort=key,asc} names) mapped to their SQL
 * expressions, the default order, and the unique tie-breaker that makes every order total (so a row never appears on
 * two pages). Only keys listed here ever reach SQL: the allow-list is the protection against injection.
 */
public final class SortKeys {

    private final Map<String, String> columns;
    private final String defaultKey;
    private final boolean defaultDescending;
    private final String tieBreaker;

    private SortKeys(Map<String, String> columns, String defaultKey, boolean defaultDescending, String tieBreaker) {
        this.columns = columns;
        this.defaultKey = defaultKey;
        this.defaultDescending = defaultDescending;
        this.tieBreaker = tieBreaker;
    }

    /**
     * @param tieBreaker the unique column that ends every ORDER BY (e.g. {@code s.id})
     * @param defaultSort the default, as a request names it: {@code "recognisedOn,desc"}
     * @param keysAndColumns pairs: public key, SQL expression
     */
    public static SortKeys of(String tieBreaker, String defaultSort, String... keysAndColumns) {
        if (keysAndColumns.length % 2 != 0) {
            throw new IllegalArgumentException("sort keys come in pairs of key and column");
        }
        Map<String, String> columns = new LinkedHashMap<>();
        for (int i = 0; i < keysAndColumns.length; i += 2) {
            columns.put(keysAndColumns[i], keysAndColumns[i + 1]);
        }
        String[] parts = defaultSort.split(",");
        if (!columns.containsKey(parts[0])) {
            throw new IllegalArgumentException("default sort " + parts[0] + " is not a sort key");
        }
        return new SortKeys(Map.copyOf(columns), parts[0], parts.length > 1 && "desc".equals(parts[1]), tieBreaker);
    }

    public boolean allows(String key) {
        return columns.containsKey(key);
    }

    public Set<String> keys() {
        return columns.keySet();
    }

    public String defaultKey() {
        return defaultKey;
    }

    public boolean defaultDescending() {
        return defaultDescending;
    }

    /** The SQL expression of a key (an allowed one: resolved queries never hold another). */
    public String column(String key) {
        String column = columns.get(key);
        if (column == null) {
            throw new IllegalArgumentException("not a sort key: " + key);
        }
        return column;
    }

    public String tieBreaker() {
        return tieBreaker;
    }

    /** The ORDER BY clause (without the words) of a resolved query: its column, then the tie-breaker. */
    public String orderBy(ListQuery query) {
        // PostgreSQL's default null order for each direction, so that one plain b-tree index serves both
        String direction = query.descending() ? " desc" : " asc";
        return column(query.sort()) + direction + ", " + tieBreaker + direction;
    }
}
