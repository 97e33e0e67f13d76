package cn.quzhou.stations.shared;

/**
 * What a list was asked for, as typed in the address: page, page size, sort and keyword, raw. {@link #resolve}
 * applies a list's rules: on a page the nearest valid value is taken (a typed address never fails), on the API
 * ({@code strict}) an invalid value is a 400 naming the parameter. {@code after} is the keyset cursor of the lists
 * that can grow without bound (the id of the last row of the previous page).
 */
public record ListRequest(String page, String size, String sort, String q, String after, boolean strict) {

    /** The first page in the list's default order. */
    public static ListRequest first() {
        return new ListRequest(null, null, null, null, null, false);
    }

    /** The first page of a page's list ordered and filtered as given (tests, links). */
    public static ListRequest of(Integer page, Integer size, String sort, String q) {
        return new ListRequest(page == null ? null : page.toString(), size == null ? null : size.toString(), sort, q,
                null, false);
    }

    public ListRequest asApi() {
        return new ListRequest(page, size, sort, q, after, true);
    }

    public ListQuery resolve(SortKeys sorts) {
        return ListQuery.from(this, sorts);
    }
}
