package cn.quzhou.stations.shared.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The embedded database that ./data keeps: durable, and nobody gets in without its generated password. */
class EmbeddedDatabaseTests {

    private final EmbeddedDatabaseConfiguration config = new EmbeddedDatabaseConfiguration();

    @Test
    void itIsDurableAndRequiresTheGeneratedPasswordAcrossRestarts(@TempDir Path data) throws Exception {
        var properties = new EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties(
                data.resolve("postgres").toString(), 0, false, null, null);
        Path passwordFile = data.resolve("postgres-password");
        try (EmbeddedPostgres first = config.embeddedPostgres(properties)) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            JdbcClient db = JdbcClient.create(config.dataSource(first, properties));
            assertThat(db.sql("show fsync").query(String.class).single()).isEqualTo("on");
            assertThat(db.sql("show synchronous_commit").query(String.class).single()).isEqualTo("on");
            assertThatThrownBy(() -> DriverManager.getConnection(first.getJdbcUrl("postgres", "postgres")).close())
                    .as("no password, no entry").hasMessageContaining("password");
        }
        try (EmbeddedPostgres again = config.embeddedPostgres(properties)) {
            DataSource source = config.dataSource(again, properties);
            assertThat(JdbcClient.create(source).sql("select 1").query(Integer.class).single()).isEqualTo(1);
        }
    }
}
