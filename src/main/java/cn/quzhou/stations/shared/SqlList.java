package cn.quzhou.stations.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How every list reads one page from the database: one statement for the rows (LIMIT/OFFSET, or keyset after a
 * cursor) and one for the total, both built from the same FROM and WHERE, so the count can never disagree with the
 * rows and the data scope (a condition of the WHERE) holds for both. Exports stream the same statement without a
 * limit.
 */
public final class SqlList {

    /** Keyset lists count at most this many rows: a total beyond it is shown as "10,000+". */
    public static final int COUNT_CAP = 10_000;
    /**
     * With a keyword, keyset lists count at most this many rows ("1,000+"): every counted row costs a case-insensitive
     * match, and a common word in the 500,000-row audit trail took 200 ms to count to 10,000 (bench, issue #9).
     */
    public static final int KEYWORD_COUNT_CAP = 1_000;
    /** Rows fetched per round trip when an export streams a list. */
    private static final int EXPORT_FETCH_SIZE = 500;

    private SqlList() {
    }

    /** A WHERE clause under construction: conditions joined by AND, with their positional parameters. */
    public static final class Where {
        private final List<String> conditions = new ArrayList<>();
        private final List<Object> params = new ArrayList<>();

        public static Where of(String condition, List<Object> params) {
            return new Where().and(condition, params);
        }

        public Where and(String condition, List<Object> conditionParams) {
            conditions.add("(" + condition + ")");
            params.addAll(conditionParams);
            return this;
        }

        public Where and(String condition, Object... conditionParams) {
            return and(condition, List.of(conditionParams));
        }

        /** Adds the condition only when {@code value} is given (a filter left empty filters nothing). */
        public Where andIf(Object value, String condition) {
            return value == null ? this : and(condition, value);
        }

        /**
         * The keyword of {@code query}, if any, matched anywhere in any of {@code columns} (case-insensitive), or as a
         * prefix of any of {@code prefixColumns} (codes and numbers, served by plain b-tree indexes).
         */
        public Where keyword(ListQuery query, List<String> columns, List<String> prefixColumns) {
            return keyword(query, columns, prefixColumns, null, null);
        }

        /**
         * The same, or the keyword's blind index equal to {@code indexColumn}'s: an exact value of sealed personal data
         * (an e-mail address) finds its row although the column holds only ciphertext. {@code index} is null when the
         * keyword cannot be such a value.
         */
        public Where keyword(ListQuery query, List<String> columns, List<String> prefixColumns, String indexColumn,
                             String index) {
            if (!query.hasKeyword()) {
                return this;
            }
            List<String> alternatives = new ArrayList<>();
            List<Object> values = new ArrayList<>();
            if (indexColumn != null && index != null) {
                alternatives.add(indexColumn + " = ?");
                values.add(index);
            }
            for (String column : columns) {
                alternatives.add(column + " ilike ?");
                values.add(query.containing());
            }
            for (String column : prefixColumns) {
                alternatives.add(column + " like ?");
                values.add(query.startingWith());
            }
            return and(String.join(" or ", alternatives), values);
        }

        String sql() {
            return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
        }

        List<Object> params() {
            return params;
        }
    }

    /**
     * One page by LIMIT/OFFSET with its exact total: the lists of bounded size (stations, applications, units ...).
     * A page asked beyond the last is served as the last on pages ({@link ListQuery#within}), empty on the API.
     */
    public static <T> Paged<T> page(JdbcClient jdbc, String select, String from, Where where, ListQuery asked,
                                    SortKeys sorts, RowMapper<T> rows) {
        long total = jdbc.sql("select count(*) from " + from + " where " + where.sql()).params(where.params())
                .query(Long.class).single();
        ListQuery query = asked.within(total);
        if (total == 0 || query.offset() >= total) {
            return Paged.of(List.of(), total, query);
        }
        List<Object> params = new ArrayList<>(where.params());
        params.add(query.size());
        params.add(query.offset());
        List<T> items = jdbc.sql("select " + select + " from " + from + " where " + where.sql() + " order by "
                + sorts.orderBy(query) + " limit ? offset ?").params(params).query(rows).list();
        return Paged.of(items, total, query);
    }

    /**
     * One page after the cursor row (the lists that grow without bound: audit, ledger, evidence): the rows whose
     * (sort column, id) come after the cursor row's in the list's order, found through the cursor row itself so any
     * sort column works; the total is counted up to {@link #COUNT_CAP} ({@link #KEYWORD_COUNT_CAP} with a keyword). {@code table} and {@code idColumn} name where
     * the cursor row is read ({@code audit_event}, {@code id}); the sort column must be non-null.
     */
    public static <T> Paged<T> keyset(JdbcClient jdbc, String select, String from, Where where, ListQuery query,
                                      SortKeys sorts, RowMapper<T> rows, java.util.function.ToLongFunction<T> idOf) {
        int cap = query.hasKeyword() ? KEYWORD_COUNT_CAP : COUNT_CAP;
        long counted = jdbc.sql("select count(*) from (select 1 from " + from + " where " + where.sql() + " limit "
                + (cap + 1) + ") capped").params(where.params()).query(Long.class).single();
        List<Object> params = new ArrayList<>(where.params());
        String after = "";
        if (query.after() != null) {
            // the cursor row is looked up within the same list (its scope and filters): a cursor from another list
            // (another station's ledger, say) finds no row and the page is empty, never positioned by a foreign row
            String column = sorts.column(query.sort());
            after = " and (" + column + ", " + sorts.tieBreaker() + ") " + (query.descending() ? "<" : ">")
                    + " (select " + column + ", " + sorts.tieBreaker() + " from " + from + " where " + where.sql()
                    + " and " + sorts.tieBreaker() + " = ?)";
            params.addAll(where.params());
            params.add(query.after());
        }
        params.add(query.size() + 1);
        List<T> items = new ArrayList<>(jdbc.sql("select " + select + " from " + from + " where " + where.sql() + after
                + " order by " + sorts.orderBy(query) + " limit ?").params(params).query(rows).list());
        Long next = null;
        if (items.size() > query.size()) {
            items.remove(items.size() - 1);
            next = idOf.applyAsLong(items.get(items.size() - 1));
        }
        boolean capped = counted > cap;
        return new Paged<>(List.copyOf(items), capped ? cap : counted, capped, query, next);
    }

    /**
     * Every row of the list in its order, handed to {@code each} as it is read (fetched {@value #EXPORT_FETCH_SIZE}
     * at a time inside the caller's read-only transaction, never held all at once): what an export writes.
     */
    public static <T> void stream(JdbcTemplate jdbc, String select, String from, Where where, ListQuery query,
                                  SortKeys sorts, RowMapper<T> rows, Consumer<T> each) {
        String sql = "select " + select + " from " + from + " where " + where.sql() + " order by " + sorts.orderBy(query);
        jdbc.query(connection -> {
            var statement = connection.prepareStatement(sql, java.sql.ResultSet.TYPE_FORWARD_ONLY,
                    java.sql.ResultSet.CONCUR_READ_ONLY);
            statement.setFetchSize(EXPORT_FETCH_SIZE);
            int i = 1;
            for (Object param : where.params()) {
                statement.setObject(i++, param);
            }
            return statement;
        }, new org.springframework.jdbc.core.RowCallbackHandler() {
            private int row;

            @Override
            public void processRow(java.sql.ResultSet rs) throws java.sql.SQLException {
                each.accept(rows.mapRow(rs, row++));
            }
        });
    }
}
