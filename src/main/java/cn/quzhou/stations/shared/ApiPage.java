package cn.quzhou.stations.shared;

import java.util.List;

/**
 * One page of a list on the JSON API: the rows, the total matching (a lower bound when {@code totalCapped}), the page
 * and size served, the sort applied ({@code key,asc|desc}), the keyword, and for keyset lists the {@code next} cursor
 * to pass as {@code after} (null on the last page).
 */
public record ApiPage<T>(List<T> items, long total, boolean totalCapped, int page, int size, String sort, String q,
                         Long next) {

    public static <T> ApiPage<T> of(Paged<T> paged) {
        ListQuery query = paged.query();
        return new ApiPage<>(paged.items(), paged.total(), paged.totalCapped(), query.page(), query.size(),
                query.sortParameter(), query.q(), paged.nextCursor());
    }
}
