package cn.quzhou.stations.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.quzhou.stations.testsupport.PlatformTest;
import java.sql.Connection;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Least privilege on real PostgreSQL with two roles (issue #11): a database of its own, migrated by Flyway as the
 * owner role; the runtime role gets what the migration's grants give it. The roles and the database are created with
 * unique names for this run and dropped after it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RuntimeRoleTests extends PlatformTest {

    private final String run = Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    private final String owner = "stations_owner_reca_" + run;
    private final String app = "stations_app_reca_" + run;
    private final String database = "stations_roles_reca_" + run;
    private final String password = "pw-" + run;

    @Autowired
    DataSource platformDataSource;

    private JdbcClient superuser;
    private String url;
    private JdbcClient asOwner;
    private JdbcClient asApp;

    @BeforeAll
    void twoRolesAndADatabaseMigratedByTheOwner() throws Exception {
        superuser = JdbcClient.create(platformDataSource);
        superuser.sql("create role " + owner + " login password '" + password + "'").update();
        superuser.sql("create role " + app + " login password '" + password + "'").update();
        superuser.sql("create database " + database + " owner " + owner).update();
        try (Connection c = platformDataSource.getConnection()) {
            String platformUrl = c.getMetaData().getURL();
            // the same server, the new database; no query (the embedded cluster's URL names its user there)
            String withoutQuery = platformUrl.contains("?") ? platformUrl.substring(0, platformUrl.indexOf('?'))
                    : platformUrl;
            url = withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1) + database;
        }
        Flyway.configure().dataSource(url, owner, password).locations("classpath:db/migration")
                .placeholders(Map.of("runtime_role", app)).load().migrate();
        asOwner = JdbcClient.create(source(owner));
        asApp = JdbcClient.create(source(app));
    }

    @AfterAll
    void dropThem() {
        superuser.sql("drop database if exists " + database + " with (force)").update();
        superuser.sql("drop role if exists " + app).update();
        superuser.sql("drop role if exists " + owner).update();
    }

    @Test
    void theRuntimeRoleAppendsToTheAuditTableAndReadsIt() {
        asApp.sql("""
                insert into audit_event (occurred_at, actor, action, outcome, prev_hash, hash)
                values (now(), 'app', 'test.roles', 'SUCCESS', repeat('0', 64), repeat('a', 64))""").update();
        assertThat(asApp.sql("select count(*) from audit_event where action = 'test.roles'").query(Long.class).single())
                .isEqualTo(1);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            "update audit_event set summary = 'forged'",
            "delete from audit_event",
            "truncate audit_event",
            "alter table audit_event disable trigger audit_event_no_update_delete",
            "alter table audit_event disable trigger all",
            "drop trigger audit_event_no_update_delete on audit_event"})
    void theRuntimeRoleCannotChangeTheAuditTableNorItsTrigger(String sql) {
        assertThatThrownBy(() -> asApp.sql(sql).update())
                .rootCause().hasMessageMatching("(?s).*(permission denied|must be owner).*");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"evaluation_result", "ledger_entry", "clawback_repayment", "station_feedback",
            "application_review", "evaluation_round_record", "evaluation_report_record", "rectification_event",
            "append_only_table"})
    void theRuntimeRoleCannotUpdateDeleteOrTruncateAnAppendOnlyTable(String table) {
        String column = asOwner.sql("select column_name from information_schema.columns where table_name = ? limit 1")
                .param(table).query(String.class).single();
        for (String sql : new String[] {"update " + table + " set " + column + " = " + column, "delete from " + table,
                "truncate " + table}) {
            assertThatThrownBy(() -> asApp.sql(sql).update()).as(sql)
                    .rootCause().hasMessageContaining("permission denied");
        }
    }

    @Test
    void theRuntimeRoleWorksNormallyOnTheOtherTables() {
        asApp.sql("insert into permission (code) values ('test:roles')").update();
        asApp.sql("update permission set code = 'test:roles2' where code = 'test:roles'").update();
        asApp.sql("delete from permission where code = 'test:roles2'").update();
    }

    @Test
    void theStartUpCheckPassesTheRuntimeRoleAndRefusesTheOwnerAndASuperuser() {
        assertThat(RuntimeRoleCheck.problems(asApp)).isEmpty();
        new RuntimeRoleCheck(asApp, false);

        assertThat(RuntimeRoleCheck.problems(asOwner)).singleElement().asString()
                .contains(owner + " owns ").contains("audit_event").contains("ledger_entry");
        assertThatThrownBy(() -> new RuntimeRoleCheck(asOwner, false)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("platform.database.allow-single-user")
                .hasMessageContaining("spring.flyway.user");

        JdbcClient superuserThere = JdbcClient.create(source(currentSuperuser()));
        assertThat(RuntimeRoleCheck.problems(superuserThere)).anySatisfy(p -> assertThat(p).contains("is a superuser"));
        assertThatThrownBy(() -> new RuntimeRoleCheck(superuserThere, false)).isInstanceOf(IllegalStateException.class);
        new RuntimeRoleCheck(superuserThere, true);   // the explicit override of the demo and CI
    }

    @Test
    void aGrantGivenByHandIsRefusedToo() {
        asOwner.sql("grant update on ledger_entry to " + app).update();
        try {
            assertThat(RuntimeRoleCheck.problems(asApp)).singleElement().asString()
                    .contains("may UPDATE, DELETE or TRUNCATE ledger_entry");
        } finally {
            asOwner.sql("revoke update on ledger_entry from " + app).update();
        }
    }

    private String currentSuperuser() {
        return superuser.sql("select current_user").query(String.class).single();
    }

    private DataSource source(String user) {
        return new DriverManagerDataSource(url, user,
                user.equals(owner) || user.equals(app) ? password : platformPassword());
    }

    private String platformPassword() {
        try {
            String p = platformDataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getPassword();
            return p == null ? "" : p;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
