package cn.quzhou.stations.testsupport;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which of surefire's test JVMs this is ({@code stations.fork}, set from {@code ${surefire.forkNumber}} in the pom; 1
 * when the tests run alone, from an IDE or with {@code -Dtests.forks=1}). The forks run side by side, each with its
 * own shared context: the first keeps the names application-test.yml gives (CI's backup and restore check reads the
 * database {@code test} and {@code target/test-files} afterwards), every later one gets a database, an embedded
 * cluster, a files directory, a signing keystore and an operator-secrets file of its own, suffixed {@code _N}.
 */
public final class Fork {

    private Fork() {
    }

    public static int number() {
        String n = System.getProperty("stations.fork", "").replaceFirst("^fork-", "");
        return n.matches("[0-9]+") ? Integer.parseInt(n) : 1;
    }

    /** "" for the first fork, "_N" for fork N. */
    public static String suffix() {
        return number() <= 1 ? "" : "_" + number();
    }

    /** {@code path} with this fork's suffix before its extension, if it has one. */
    public static String path(String path) {
        if (suffix().isEmpty()) {
            return path;
        }
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        return dot > slash ? path.substring(0, dot) + suffix() + path.substring(dot) : path + suffix();
    }

    /** The properties that give this fork its own resources (none for the first fork). */
    public static Map<String, String> properties() {
        Map<String, String> p = new LinkedHashMap<>();
        if (suffix().isEmpty()) {
            return p;
        }
        String server = System.getenv("SPRING_DATASOURCE_URL");
        if (server != null && !server.isBlank()) {
            p.put("spring.datasource.url", database(server));
        } else {
            p.put("platform.embedded-db.data-dir", path("target/test-postgres"));
            p.put("platform.embedded-db.password-file", path("target/test-postgres-password"));
        }
        // the files directory through a suffix (application-test.yml), so that a subclass's own directory is not
        // overridden: dynamic properties of the base class win over a subclass's (ObjectStorageTest)
        p.put("platform.test.fork-suffix", suffix());
        p.put("platform.signing.keystore", path("target/test-signing.p12"));
        p.put("platform.security.operator-secrets-file", path("target/test-operator-secrets.txt"));
        return p;
    }

    private static String database;

    /** The server's database suffixed with this fork's number, created (empty) if it is not there yet. */
    private static synchronized String database(String url) {
        if (database == null) {
            int slash = url.lastIndexOf('/');
            int query = url.indexOf('?', slash);
            String name = (query < 0 ? url.substring(slash + 1) : url.substring(slash + 1, query)) + suffix();
            String user = System.getenv().getOrDefault("SPRING_DATASOURCE_USERNAME", "postgres");
            String password = System.getenv().getOrDefault("SPRING_DATASOURCE_PASSWORD", "");
            try (var c = DriverManager.getConnection(url.substring(0, slash + 1) + "postgres", user, password);
                 var s = c.createStatement()) {
                var exists = s.executeQuery("select 1 from pg_database where datname = '" + name + "'");
                if (!exists.next()) {
                    s.execute("create database \"" + name + "\"");
                }
            } catch (SQLException e) {
                throw new IllegalStateException("cannot create the test database " + name + " of fork " + number(), e);
            }
            database = url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
        }
        return database;
    }
}
