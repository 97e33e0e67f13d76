package cn.quzhou.stations.organisation;

/**
 * How far the signed-in user sees records that belong to host units. It is derived from the
 * principal only — never from a request parameter — and every module applies it in its queries.
 */
public sealed interface DataScope {

    /** City CAST, city talent office: everything. */
    record All() implements DataScope {
    }

    /** County CAST, county talent office: units of their own jurisdiction. */
    record OfJurisdiction(long jurisdictionId) implements DataScope {
    }

    /** An applicant: its own unit only. */
    record OfUnit(long hostUnitId) implements DataScope {
    }

    /** Experts, society contacts and administrators see unit records only through assignments. */
    record Nothing() implements DataScope {
    }

    /**
     * This scope as a query condition on an entity that names its jurisdiction and its host unit in
     * the given attributes: the one place where a scope becomes a WHERE clause.
     */
    default <T> org.springframework.data.jpa.domain.Specification<T> specification(String jurisdictionAttribute,
                                                                                  String hostUnitAttribute) {
        if (this instanceof All) {
            return (r, q, cb) -> cb.conjunction();
        }
        if (this instanceof OfJurisdiction j) {
            return (r, q, cb) -> cb.equal(r.get(jurisdictionAttribute), j.jurisdictionId());
        }
        if (this instanceof OfUnit u) {
            return (r, q, cb) -> cb.equal(r.get(hostUnitAttribute), u.hostUnitId());
        }
        return (r, q, cb) -> cb.disjunction();
    }

    /** A SQL condition with its positional parameters, for jdbc queries. */
    record Sql(String condition, java.util.List<Object> params) {
    }

    /**
     * This scope as a SQL condition on a table whose columns {@code jurisdictionColumn} and {@code hostUnitColumn}
     * (qualified as the query needs) name the jurisdiction and the host unit — the jdbc counterpart of
     * {@link #specification}, with the same meaning: everything, one jurisdiction, one unit, or nothing.
     */
    default Sql sql(String jurisdictionColumn, String hostUnitColumn) {
        if (this instanceof All) {
            return new Sql("true", java.util.List.of());
        }
        if (this instanceof OfJurisdiction j) {
            return new Sql(jurisdictionColumn + " = ?", java.util.List.of(j.jurisdictionId()));
        }
        if (this instanceof OfUnit u) {
            return new Sql(hostUnitColumn + " = ?", java.util.List.of(u.hostUnitId()));
        }
        return new Sql("false", java.util.List.of());
    }

    default boolean covers(long jurisdictionId, long hostUnitId) {
        if (this instanceof All) {
            return true;
        }
        if (this instanceof OfJurisdiction j) {
            return j.jurisdictionId() == jurisdictionId;
        }
        if (this instanceof OfUnit u) {
            return u.hostUnitId() == hostUnitId;
        }
        return false;
    }
}
