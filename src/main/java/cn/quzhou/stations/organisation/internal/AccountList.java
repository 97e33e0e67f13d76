package cn.quzhou.stations.organisation.internal;

import cn.quzhou.stations.organisation.AccountFilter;
import cn.quzhou.stations.organisation.AccountRow;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.ListQuery;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.PersonalDataCipher;
import cn.quzhou.stations.shared.SortKeys;
import cn.quzhou.stations.shared.SqlList;
import cn.quzhou.stations.shared.SqlList.Where;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The account list as SQL: keyword over username, display name and the bound unit's name and credit code, or an exact
 * e-mail address (matched on its blind index, the address itself being sealed); the roles
 * of each row read in the same statement (an array per row, not a query per row), the lock from login_attempt.
 */
@Component
public class AccountList {

    public static final SortKeys SORTS = SortKeys.of("a.id", "username,asc",
            "username", "a.username", "displayName", "a.display_name", "enabled", "a.enabled",
            "createdAt", "a.created_at");

    private static final String SELECT = "a.id, a.username, a.display_name, a.enabled, u.name as unit_name,"
            + " la.locked_until,"
            + " array(select ar.role_code from account_role ar where ar.account_id = a.id order by ar.role_code) as roles";
    private static final String FROM = "account a left join host_unit u on u.id = a.host_unit_id"
            + " left join login_attempt la on la.username = a.username";

    private static final RowMapper<AccountRow> ROWS = (rs, n) -> {
        Timestamp locked = rs.getTimestamp("locked_until");
        return new AccountRow(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getBoolean("enabled"), roles((String[]) rs.getArray("roles").getArray()), rs.getString("unit_name"),
                locked == null ? null : locked.toInstant());
    };

    private final JdbcClient jdbc;
    private final PersonalDataCipher cipher;

    AccountList(JdbcClient jdbc, PersonalDataCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    public Paged<AccountRow> page(AccountFilter filter, ListQuery query) {
        Where where = new Where()
                .andIf(filter.role() == null ? null : filter.role().name(),
                        "exists (select 1 from account_role r where r.account_id = a.id and r.role_code = ?)")
                .andIf(filter.enabled(), "a.enabled = ?")
                .keyword(query, List.of("a.search_text", "u.search_text"), List.of(), "a.email_index", emailIndex(query));
        if (filter.jurisdiction() != null) {
            where.and("a.jurisdiction_id = ? or u.jurisdiction_id = ?", filter.jurisdiction(), filter.jurisdiction());
        }
        return SqlList.page(jdbc, SELECT, FROM, where, query, SORTS, ROWS);
    }

    /** A keyword that is an e-mail address is also looked up by the address's blind index (the column is sealed). */
    private String emailIndex(ListQuery query) {
        return query.hasKeyword() && query.q().contains("@") ? cipher.blindIndex(query.q()) : null;
    }

    private static Set<Role> roles(String[] codes) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        Arrays.stream(codes).map(Role::valueOf).forEach(roles::add);
        return roles;
    }
}
