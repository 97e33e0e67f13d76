package cn.quzhou.stations.testsupport;

import cn.quzhou.stations.StationsApplication;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.TypeExcludeFilter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The platform as {@code ./mvnw spring-boot:run} starts it (profile {@code demo}) on a fresh data directory: its own
 * embedded cluster, or — where the tests run on a server (SPRING_DATASOURCE_URL, CI) — a database of its own created
 * empty on that server. Started once per test run, whoever asks first (the demo tests share one build), and stopped
 * when the JVM ends.
 */
public final class DemoInstance {

    private static DemoInstance shared;

    private final ConfigurableApplicationContext context;
    private final long startMillis;

    private DemoInstance(ConfigurableApplicationContext context, long startMillis) {
        this.context = context;
        this.startMillis = startMillis;
    }

    public static synchronized DemoInstance shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared.context::close));
        }
        return shared;
    }

    private static DemoInstance start() {
        Path dataDir = Path.of("target", "demo-data" + Fork.suffix()).toAbsolutePath();
        deleteRecursively(dataDir);
        List<String> args = new ArrayList<>(List.of("--PLATFORM_DATA_DIR=" + dataDir, "--server.port=0",
                "--spring.application.name=society-stations-demo",
                // a throw-away cluster when there is no server: no fsync (as the tests' own embedded cluster)
                "--platform.embedded-db.durable=false"));
        String server = System.getenv("SPRING_DATASOURCE_URL");
        if (server != null && !server.isBlank()) {
            args.add("--spring.datasource.url=" + freshDatabase(server));
        }
        long started = System.currentTimeMillis();
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StationsApplication.class)
                .profiles("demo")
                // as in a test context: @TestConfiguration classes (the test clock, clean-then-migrate) stay out
                .initializers(c -> c.getBeanFactory().registerSingleton("demoInstanceTestExclusion", new TypeExcludeFilter() {
                    @Override
                    public boolean match(org.springframework.core.type.classreading.MetadataReader reader,
                                         org.springframework.core.type.classreading.MetadataReaderFactory factory) {
                        return reader.getAnnotationMetadata().hasAnnotation(TestConfiguration.class.getName());
                    }
                }))
                .run(args.toArray(String[]::new));
        return new DemoInstance(context, System.currentTimeMillis() - started);
    }

    /** An empty database beside the tests' own on the same server, dropped first if a former run left it. */
    private static String freshDatabase(String url) {
        int slash = url.lastIndexOf('/');
        String name = url.substring(slash + 1).replaceAll("\\?.*", "") + "_demo_tour" + Fork.suffix();
        String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
        String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
        try (var c = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
             var s = c.createStatement()) {
            s.execute("drop database if exists " + name + " with (force)");
            s.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the demo's database " + name, e);
        }
        return url.substring(0, slash + 1) + name;
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    public String baseUrl() {
        return "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    /** How long the start took, the demo programme's build included. */
    public long startMillis() {
        return startMillis;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }
}
