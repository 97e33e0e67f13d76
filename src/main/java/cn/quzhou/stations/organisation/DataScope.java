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

    /**
     * A society contact: the stations whose partner society is theirs (Art. 18(6)). Only queries that name the
     * society (the three-argument {@link #specification(String, String, String)} and {@link #sql(String, String,
     * String)}) select anything for it; every query that names only jurisdiction and unit sees nothing, so adding
     * this scope widened no existing query.
     */
    record OfSociety(long societyId) implements DataScope {
    }

    /** Experts and administrators see unit records only through assignments. */
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

    /**
     * As {@link #specification(String, String)}, on an entity that also names its partner society: a society
     * contact sees the records of its own society, every other scope exactly what the two-argument form selects.
     */
    default <T> org.springframework.data.jpa.domain.Specification<T> specification(String jurisdictionAttribute,
                                                                                  String hostUnitAttribute,
                                                                                  String societyAttribute) {
        if (this instanceof OfSociety s) {
            return (r, q, cb) -> cb.equal(r.get(societyAttribute), s.societyId());
        }
        return specification(jurisdictionAttribute, hostUnitAttribute);
    }

    /** A SQL condition with its positional parameters, for jdbc queries. */
    record Sql(String condition, java.util.List<Object> params) {
    }

    /**
     * This scope as a SQL condition on the table aliased {@code alias} whose columns are named
     * {@code jurisdiction_id} and {@code host_unit_id} — the usual shape of a module's jdbc tables.
     */
    default Sql on(String alias) {
        String prefix = alias == null ? "" : alias + ".";
        return sql(prefix + "jurisdiction_id", prefix + "host_unit_id");
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

    /** The jdbc counterpart of {@link #specification(String, String, String)}. */
    default Sql sql(String jurisdictionColumn, String hostUnitColumn, String societyColumn) {
        if (this instanceof OfSociety s) {
            return new Sql(societyColumn + " = ?", java.util.List.of(s.societyId()));
        }
        return sql(jurisdictionColumn, hostUnitColumn);
    }

    /** The in-memory counterpart of {@link #specification(String, String, String)}. */
    default boolean covers(long jurisdictionId, long hostUnitId, long societyId) {
        if (this instanceof OfSociety s) {
            return s.societyId() == societyId;
        }
        return covers(jurisdictionId, hostUnitId);
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
