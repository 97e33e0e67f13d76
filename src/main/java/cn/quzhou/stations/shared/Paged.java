package cn.quzhou.stations.shared;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: its rows, how many rows match in all ({@code total}; when {@code totalCapped} it is a lower
 * bound, for lists counted only up to {@link SqlList#COUNT_CAP}), the query that produced it and, for keyset lists,
 * the cursor of the next page (null on the last).
 */
public record Paged<T>(List<T> items, long total, boolean totalCapped, ListQuery query, Long nextCursor) {

    public static <T> Paged<T> of(List<T> items, long total, ListQuery query) {
        return new Paged<>(items, total, false, query, null);
    }

    public <R> Paged<R> map(Function<? super T, ? extends R> mapper) {
        return new Paged<>(items.stream().<R>map(mapper).toList(), total, totalCapped, query, nextCursor);
    }

    public boolean isEmpty() {
        return items.isEmpty();
    }

    public int page() {
        return query.page();
    }

    public int size() {
        return query.size();
    }

    public long totalPages() {
        return Math.max(1, (total + query.size() - 1) / query.size());
    }

    public boolean keyset() {
        return query.after() != null || nextCursor != null;
    }

    public boolean hasNext() {
        return nextCursor != null || (!keyset() && query.page() < totalPages());
    }

    /** The number of the first row on this page (1-based), 0 when empty. */
    public long firstRow() {
        return items.isEmpty() ? 0 : query.offset() + 1;
    }

    public long lastRow() {
        return query.offset() + items.size();
    }

    /** The page numbers to offer around the current one (at most seven). */
    public List<Long> nearbyPages() {
        long last = totalPages();
        long from = Math.max(1, Math.min(query.page() - 3L, last - 6));
        long to = Math.min(last, from + 6);
        return java.util.stream.LongStream.rangeClosed(from, to).boxed().toList();
    }
}
