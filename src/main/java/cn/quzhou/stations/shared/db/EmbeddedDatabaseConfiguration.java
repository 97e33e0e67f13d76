package cn.quzhou.stations.shared.db;

import cn.quzhou.stations.shared.OwnerOnlyFile;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The embedded PostgreSQL that the demo and a developer's machine run on. It is used only when no
 * {@code spring.datasource.url} (SPRING_DATASOURCE_URL) is given: production and CI always name
 * their server, and then this configuration does not exist.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDatasourceUrl.class)
@EnableConfigurationProperties(EmbeddedDatabaseConfiguration.EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties properties) throws IOException {
        Path dir = Path.of(properties.dataDir()).toAbsolutePath();
        Files.createDirectories(dir.getParent());
        if (!properties.clean()) {
            OrphanedPostgres.stopIfAny(dir);
        }
        Path passwordFile = Path.of(properties.passwordFile()).toAbsolutePath();
        if (properties.clean()) {
            Files.deleteIfExists(passwordFile);
        }
        String password = Files.exists(passwordFile) ? Files.readString(passwordFile).strip() : null;
        log.info("Starting embedded PostgreSQL with data in {}", dir);
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(properties.clean())
                .setPort(properties.port())
                .setServerConfig("timezone", "UTC");
        if (properties.durable()) {
            // zonky starts PostgreSQL with -F and synchronous_commit=off: fast for throw-away test clusters, but a
            // crash loses committed rows. ./data keeps real work (README), so it is durable unless turned off.
            builder.setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                    .setServerConfig("full_page_writes", "on");
        }
        if (password != null) {
            // zonky's own readiness check connects as postgres too
            builder.setConnectConfig("password", password);
        }
        EmbeddedPostgres postgres = builder.start();
        if (password == null) {
            requirePassword(postgres, dir, passwordFile);
        }
        return postgres;
    }

    /**
     * A cluster made by zonky lets anyone on this machine in as the superuser without a password (initdb -A trust).
     * The first start gives the superuser a generated password, kept in an owner-only file under the data directory,
     * and from then on every connection must give it (scram-sha-256).
     */
    private static void requirePassword(EmbeddedPostgres postgres, Path dir, Path passwordFile) throws IOException {
        String password = OwnerOnlyFile.randomBase64(24).replace('/', '_').replace('+', '-');
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("set password_encryption = 'scram-sha-256'");
            s.execute("alter role postgres password '" + password + "'");
            Files.writeString(dir.resolve("pg_hba.conf"), """
                    # written by the platform (EmbeddedDatabaseConfiguration): a password for every connection
                    local all all scram-sha-256
                    host  all all 127.0.0.1/32 scram-sha-256
                    host  all all ::1/128 scram-sha-256
                    """);
            OwnerOnlyFile.create(passwordFile, password + "\n");
            s.execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set the embedded database's password", e);
        }
        log.info("The embedded database now requires a password, kept in {}", passwordFile);
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres, EmbeddedDatabaseProperties properties) throws IOException {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .password(Files.readString(Path.of(properties.passwordFile()).toAbsolutePath()).strip())
                .build();
    }

    /**
     * @param dataDir where the cluster lives; @param port 0 picks a free one; @param clean wipe at start (tests only);
     * @param durable fsync and synchronous_commit on (off only for throw-away test clusters);
     * @param passwordFile the superuser's generated password (owner-only)
     */
    @ConfigurationProperties("platform.embedded-db")
    record EmbeddedDatabaseProperties(String dataDir, int port, boolean clean, Boolean durable, String passwordFile) {
        EmbeddedDatabaseProperties {
            dataDir = StringUtils.hasText(dataDir) ? dataDir : "data/postgres";
            durable = durable == null || durable;
            passwordFile = StringUtils.hasText(passwordFile) ? passwordFile
                    : Path.of(dataDir).toAbsolutePath().getParent().resolve("postgres-password").toString();
        }
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
