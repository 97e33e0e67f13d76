package cn.quzhou.stations.shared;

/**
 * One page of a list as the platform will query it: a valid page (from 1), a size within {@link #MAX_SIZE}, an
 * allowed sort key and direction, a cleaned keyword (or none) and, for keyset lists, the cursor after which to read.
 */
public record ListQuery(int page, int size, String sort, boolean descending, String q, Long after, boolean strict) {

    /** A page's query (lenient: a page beyond the last is served as the last). */
    public ListQuery(int page, int size, String sort, boolean descending, String q, Long after) {
        this(page, size, sort, descending, q, after, false);
    }

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** The page sizes offered on pages. */
    public static final java.util.List<Integer> SIZES = java.util.List.of(10, 20, 50, 100);
    /** A keyword longer than this is not a keyword (a name, a credit code, a document number all fit). */
    public static final int MAX_KEYWORD = 100;
    /** No page beyond this: a list deeper than 10,000 pages is narrowed by a keyword or a filter, not paged. */
    public static final int MAX_PAGE = 10_000;

    /** Rows skipped before this page. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    public boolean hasKeyword() {
        return q != null;
    }

    /** The keyword as a LIKE pattern matching it anywhere. */
    public String containing() {
        return Texts.containing(q);
    }

    /** The keyword as a LIKE pattern matching a prefix (codes, numbers). */
    public String startingWith() {
        return Texts.startingWith(q);
    }

    /** The sort as a request names it, e.g. {@code name,asc}. */
    public String sortParameter() {
        return sort + (descending ? ",desc" : ",asc");
    }

    /** The same list from its first row to its last: what an export writes. */
    public ListQuery everything() {
        return new ListQuery(1, Integer.MAX_VALUE, sort, descending, q, null, strict);
    }

    /**
     * The page to serve when this one lies beyond the last of {@code total} rows: on a page (lenient) the last page,
     * so a bookmarked page 40 of a list that shrank still shows rows; on the API (strict) this page, empty.
     */
    public ListQuery within(long total) {
        if (strict || total <= 0 || offset() < total) {
            return this;
        }
        int last = (int) Math.min(MAX_PAGE, (total + size - 1) / size);
        return new ListQuery(last, size, sort, descending, q, after, false);
    }

    static ListQuery from(ListRequest request, SortKeys sorts) {
        boolean strict = request.strict();
        int page = number(request.page(), 1, 1, MAX_PAGE, "page", strict);
        int size = number(request.size(), DEFAULT_SIZE, 1, MAX_SIZE, "size", strict);
        String sort = sorts.defaultKey();
        boolean descending = sorts.defaultDescending();
        String requested = Texts.clean(request.sort());
        if (requested != null) {
            String[] parts = requested.split(",", -1);
            String direction = parts.length > 1 ? parts[1].strip().toLowerCase(java.util.Locale.ROOT) : "asc";
            boolean knownDirection = direction.equals("asc") || direction.equals("desc");
            if (sorts.allows(parts[0].strip()) && parts.length <= 2 && knownDirection) {
                sort = parts[0].strip();
                descending = direction.equals("desc");
            } else if (strict) {
                throw new BadRequestException("sort", "list.error.sort", String.join(", ", sorts.keys()));
            }
        }
        return new ListQuery(page, size, sort, descending, keyword(request.q(), strict),
                cursor(request.after(), strict), strict);
    }

    private static String keyword(String raw, boolean strict) {
        if (strict && Texts.hasControlCharacters(raw)) {
            throw new BadRequestException("q", "list.error.keywordCharacters");
        }
        String q = Texts.clean(raw);
        if (q != null && q.codePointCount(0, q.length()) > MAX_KEYWORD) {
            if (strict) {
                throw new BadRequestException("q", "list.error.keywordLength", MAX_KEYWORD);
            }
            q = q.substring(0, q.offsetByCodePoints(0, MAX_KEYWORD));
        }
        return q;
    }

    private static Long cursor(String raw, boolean strict) {
        String value = Texts.clean(raw);
        if (value == null) {
            return null;
        }
        try {
            long cursor = Long.parseLong(value);
            if (cursor > 0) {
                return cursor;
            }
        } catch (NumberFormatException e) {
            // below: not a cursor
        }
        if (strict) {
            throw new BadRequestException("after", "list.error.cursor");
        }
        return null;
    }

    private static int number(String raw, int fallback, int min, int max, String field, boolean strict) {
        String value = Texts.clean(raw);
        if (value == null) {
            return fallback;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value);
        } catch (NumberFormatException e) {
            if (strict) {
                throw new BadRequestException(field, "list.error.number", min, max);
            }
            return fallback;
        }
        if (parsed < min || parsed > max) {
            if (strict) {
                throw new BadRequestException(field, "list.error.number", min, max);
            }
            return (int) Math.max(min, Math.min(max, parsed));
        }
        return (int) parsed;
    }
}
