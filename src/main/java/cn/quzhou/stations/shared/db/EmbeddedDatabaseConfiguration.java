package cn.quzhou.stations.shared.db;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        log.info("Starting embedded PostgreSQL with data in {}", dir);
        return EmbeddedPostgres.builder()
                .setDataDirectory(dir)
                .setCleanDataDirectory(properties.clean())
                .setPort(properties.port())
                .setServerConfig("timezone", "UTC")
                .start();
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        return DataSourceBuilder.create()
                .type(HikariDataSource.class)
                .url(postgres.getJdbcUrl("postgres", "postgres"))
                .username("postgres")
                .build();
    }

    /** @param dataDir where the cluster lives; @param port 0 picks a free one; @param clean wipe at start (tests only). */
    @ConfigurationProperties("platform.embedded-db")
    record EmbeddedDatabaseProperties(String dataDir, int port, boolean clean) {
        EmbeddedDatabaseProperties {
            dataDir = StringUtils.hasText(dataDir) ? dataDir : "data/postgres";
        }
    }

    static class NoDatasourceUrl implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}
