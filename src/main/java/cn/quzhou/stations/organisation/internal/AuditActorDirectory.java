package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.audit.AuditActors;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Names the accounts behind the audit trail's user names: display name and current roles, one query per page. */
@Component
class AuditActorDirectory implements AuditActors {

    private final JdbcClient jdbc;

    AuditActorDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<String, Actor> describe(Collection<String> usernames) {
        Map<String, Actor> out = new HashMap<>();
        if (usernames.isEmpty()) {
            return out;
        }
        List<Object> params = new ArrayList<>(usernames);
        jdbc.sql("""
                select a.username, a.display_name, string_agg(r.role_code, ',' order by r.role_code) as roles
                from account a left join account_role r on r.account_id = a.id
                where a.username in (%s) group by a.username, a.display_name"""
                        .formatted(String.join(", ", java.util.Collections.nCopies(params.size(), "?"))))
                .params(params)
                .query((rs, n) -> out.put(rs.getString("username"), new Actor(rs.getString("display_name"),
                        rs.getString("roles") == null ? List.of() : Arrays.asList(rs.getString("roles").split(",")))))
                .list();
        return out;
    }
}
