package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.organisation.DataScope;
import java.util.List;

/**
 * A data scope as a SQL condition on a table that names its jurisdiction and host unit ({@code jurisdiction_id},
 * {@code host_unit_id}), for the jdbc queries of this module. The scope always comes from the principal.
 */
public record ScopeSql(String condition, List<Object> params) {

    public static ScopeSql of(DataScope scope, String alias) {
        String prefix = alias == null ? "" : alias + ".";
        if (scope instanceof DataScope.All) {
            return new ScopeSql("true", List.of());
        }
        if (scope instanceof DataScope.OfJurisdiction j) {
            return new ScopeSql(prefix + "jurisdiction_id = ?", List.of(j.jurisdictionId()));
        }
        if (scope instanceof DataScope.OfUnit u) {
            return new ScopeSql(prefix + "host_unit_id = ?", List.of(u.hostUnitId()));
        }
        return new ScopeSql("false", List.of());
    }
}
