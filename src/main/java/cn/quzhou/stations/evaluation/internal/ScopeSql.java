package cn.quzhou.stations.evaluation.internal;

import cn.quzhou.stations.organisation.DataScope;
import java.util.List;

/**
 * A data scope as a SQL condition on a table that names its jurisdiction and host unit ({@code jurisdiction_id},
 * {@code host_unit_id}), for the jdbc queries of this module. The scope always comes from the principal; the
 * translation itself is {@link DataScope#sql}, the one shared by every module.
 */
public record ScopeSql(String condition, List<Object> params) {

    public static ScopeSql of(DataScope scope, String alias) {
        DataScope.Sql sql = scope.on(alias);
        return new ScopeSql(sql.condition(), sql.params());
    }
}
