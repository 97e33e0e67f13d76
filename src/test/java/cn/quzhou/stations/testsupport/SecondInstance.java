package cn.quzhou.stations.testsupport;

import cn.quzhou.stations.StationsApplication;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;

/**
 * A second instance of the platform, started inside a test on its own port against the database of the
 * shared test context: what two servers behind one load balancer are. It never migrates nor cleans the
 * schema (the shared context did), and the test-only configuration of the shared context (its clock, the
 * clean-then-migrate strategy) is left out, as it would be on a real second server.
 */
public final class SecondInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private SecondInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /** The shared context's password: the embedded cluster's generated one is on its pool, not in a property. */
    private static String password(DataSource dataSource, Environment shared) {
        try {
            String p = dataSource.unwrap(com.zaxxer.hikari.HikariDataSource.class).getPassword();
            return p != null ? p : shared.getProperty("spring.datasource.password", "");
        } catch (SQLException notHikari) {
            return shared.getProperty("spring.datasource.password", "");
        }
    }

    /** Starts an instance on the same database as {@code sharedContext}, with {@code extra} properties. */
    public static SecondInstance start(DataSource dataSource, Environment shared, Map<String, Object> extra) {
        Map<String, Object> properties = new LinkedHashMap<>();
        try (var connection = dataSource.getConnection()) {
            properties.put("spring.datasource.url", connection.getMetaData().getURL());
            properties.put("spring.datasource.username", connection.getMetaData().getUserName());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        properties.put("spring.datasource.password", password(dataSource, shared));
        properties.put("spring.flyway.enabled", false);
        properties.put("server.port", 0);
        properties.put("spring.application.name", "society-stations-2");
        // the files, keystore and secrets of this test JVM's fork (the database is the shared context's, above)
        Fork.properties().forEach((name, value) -> {
            if (!name.startsWith("spring.datasource.") && !name.startsWith("platform.embedded-db.")) {
                properties.put(name, value);
            }
        });
        properties.putAll(extra);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StationsApplication.class)
                .profiles("test")
                // as in a test context: @TestConfiguration classes (clean-then-migrate!) are not component-scanned
                .initializers(c -> c.getBeanFactory().registerSingleton("secondInstanceTestExclusion", new TypeExcludeFilter() {
                    @Override
                    public boolean match(org.springframework.core.type.classreading.MetadataReader reader,
                                         org.springframework.core.type.classreading.MetadataReaderFactory factory) {
                        return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
                    }
                }))
                // as command-line arguments: they outrank application.yml (builder properties would not)
                .run(properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
        return new SecondInstance(context);
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
