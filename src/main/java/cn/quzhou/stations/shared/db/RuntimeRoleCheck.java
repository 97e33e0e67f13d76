package cn.quzhou.stations.shared.db;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Refuses to start when the application's database user could change the append-only tables (issue #11): when it is
 * a superuser, owns one of them (or is a member of its owner), or holds UPDATE, DELETE or TRUNCATE on one. Only
 * {@code platform.database.allow-single-user} (the embedded demo, CI and tests: one user for everything) lets it run,
 * with a warning.
 */
@Component
@DependsOnDatabaseInitialization
class RuntimeRoleCheck {

    private static final Logger log = LoggerFactory.getLogger(RuntimeRoleCheck.class);

    RuntimeRoleCheck(JdbcClient jdbc, @Value("${platform.database.allow-single-user:false}") boolean allowSingleUser) {
        List<String> problems = problems(jdbc);
        if (problems.isEmpty()) {
            return;
        }
        String what = "The database user the platform runs as can change records that must only be appended: "
                + String.join("; ", problems) + ".";
        if (!allowSingleUser) {
            throw new IllegalStateException(what + " Run migrations as the owner role (spring.flyway.user / "
                    + "spring.flyway.password) and the platform as the runtime role (platform.database.runtime-role, "
                    + "README 数据库角色), or, for a demo or test database only, set "
                    + "platform.database.allow-single-user=true (PLATFORM_DB_ALLOW_SINGLE_USER).");
        }
        log.warn("{} Allowed by platform.database.allow-single-user (demo / test only).", what);
    }

    static List<String> problems(JdbcClient jdbc) {
        java.util.ArrayList<String> problems = new java.util.ArrayList<>();
        String user = jdbc.sql("select current_user").query(String.class).single();
        if (jdbc.sql("select rolsuper from pg_roles where rolname = current_user").query(Boolean.class).single()) {
            problems.add(user + " is a superuser");
        }
        List<String> owned = jdbc.sql("""
                select a.table_name from append_only_table a
                join pg_class c on c.relname = a.table_name and c.relnamespace = current_schema()::regnamespace
                where pg_has_role(current_user, c.relowner, 'MEMBER') order by a.table_name""")
                .query(String.class).list();
        if (!owned.isEmpty()) {
            problems.add(user + " owns " + String.join(", ", owned));
        }
        List<String> writable = jdbc.sql("""
                select a.table_name from append_only_table a
                where has_table_privilege(current_user, quote_ident(a.table_name), 'UPDATE, DELETE, TRUNCATE')
                  and not a.table_name = any(?) order by a.table_name""")
                .param(owned.toArray(String[]::new)).query(String.class).list();
        if (!writable.isEmpty()) {
            problems.add(user + " may UPDATE, DELETE or TRUNCATE " + String.join(", ", writable));
        }
        return problems;
    }
}
