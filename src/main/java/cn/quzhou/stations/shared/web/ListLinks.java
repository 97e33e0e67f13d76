package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.ListAddresses;
import cn.quzhou.stations.shared.Paged;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The links of a list page, built from the address it was asked with so that every filter, the keyword, the sort and
 * the page size survive: another page, another sort, another size, the export of the same rows. Templates call it as
 * {@code ${@lists.page(2)}}. It also remembers, per list, the last address a user looked at ({@link #remember}), so
 * that a record's "back to the list" returns to the same page of the same list after any number of decisions.
 */
@Component("lists")
public class ListLinks {

    private static final String REMEMBERED = "list:";
    /** Parameters that select a position in the list, dropped when the list itself changes. */
    private static final Set<String> POSITION = Set.of("page", "after");

    /** This list on page {@code page}. */
    public String page(long page) {
        return with(Map.of("page", Long.toString(page)), Set.of("after"));
    }

    /** This list from the row after {@code cursor} (keyset lists). */
    public String after(Long cursor) {
        return with(Map.of("after", String.valueOf(cursor)), Set.of("page"));
    }

    /** This list from its first row. */
    public String first() {
        return with(Map.of(), POSITION);
    }

    /** This list sorted by {@code key}: ascending, or the other way round when it is already sorted by it. */
    public String sort(Paged<?> list, String key) {
        boolean ascending = !key.equals(list.query().sort()) || list.query().descending();
        return with(Map.of("sort", key + (ascending ? ",asc" : ",desc")), POSITION);
    }

    /** {@code ascending}, {@code descending} or {@code none}: the column's aria-sort. */
    public String sortState(Paged<?> list, String key) {
        if (!key.equals(list.query().sort())) {
            return "none";
        }
        return list.query().descending() ? "descending" : "ascending";
    }

    /** The page sizes a list offers. */
    public java.util.List<Integer> sizes() {
        return cn.quzhou.stations.shared.ListQuery.SIZES;
    }

    /** This list with {@code size} rows a page, from its first page. */
    public String size(int size) {
        return with(Map.of("size", Integer.toString(size)), POSITION);
    }

    /** The Excel export of every row this list matches (its filters and sort, no paging). */
    public String export(String path) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(request().getContextPath() + path);
        parameters(POSITION, Set.of("size")).forEach((name, values) -> builder.queryParam(name, values.toArray()));
        return builder.encode().build().toUriString();
    }

    /** The list at {@code path} as the user last saw it (page, filters, sort), or its first page. */
    public String back(String path) {
        HttpServletRequest request = request();
        HttpSession session = request.getSession(false);
        Object remembered = session == null ? null : session.getAttribute(REMEMBERED + path);
        return remembered instanceof String address ? address : request.getContextPath() + path;
    }

    /** Remembers the current address as the way back to its list (only for users who already have a session). */
    static void remember(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            String path = request.getRequestURI().substring(request.getContextPath().length());
            String query = request.getQueryString();
            String address = request.getRequestURI() + (query == null ? "" : "?" + query);
            if (!address.equals(session.getAttribute(REMEMBERED + path))) {
                session.setAttribute(REMEMBERED + path, address);
            }
        }
    }

    private String with(Map<String, String> replaced, Set<String> dropped) {
        HttpServletRequest request = request();
        String shownAt = ListAddresses.shownAt(request);
        String path = shownAt == null ? request.getRequestURI()
                : request.getContextPath() + UriComponentsBuilder.fromUriString(shownAt).build().getPath();
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path);
        Set<String> skip = new java.util.HashSet<>(dropped);
        skip.addAll(replaced.keySet());
        parameters(skip, Set.of()).forEach((name, values) -> builder.queryParam(name, values.toArray()));
        replaced.forEach(builder::queryParam);
        return builder.encode().build().toUriString();
    }

    /** The current GET parameters (decoded), without {@code skip} and {@code alsoSkip}, in their order. */
    private MultiValueMap<String, String> parameters(Set<String> skip, Set<String> alsoSkip) {
        MultiValueMap<String, String> out = new LinkedMultiValueMap<>();
        String shownAt = ListAddresses.shownAt(request());
        Map<String, String[]> current = shownAt == null ? request().getParameterMap()
                : ListAddresses.query(shownAt).entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().toArray(String[]::new), (a, b) -> a, java.util.LinkedHashMap::new));
        current.forEach((name, values) -> {
            if (!skip.contains(name) && !alsoSkip.contains(name) && !"lang".equals(name) && !"_csrf".equals(name)) {
                for (String value : values) {
                    if (value != null && !value.isEmpty()) {
                        out.add(name, value);
                    }
                }
            }
        });
        return out;
    }

    private static HttpServletRequest request() {
        return ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
    }
}
