import java.util.Map;
import org.flywaydb.core.Flyway;

/**
 * Migrates the bench database with the platform's own Flyway migrations only, without starting the platform
 * (bench/generate.sh): at an older target the platform itself would not start (its entities and start-up steps
 * expect the newest schema). Run by the Java source launcher on the classpath of the unpacked jar.
 *
 * <p>Arguments: JDBC URL, user, password, target ("latest" or a version), the runtime role (stations_app).
 */
public class Migrate {
    public static void main(String[] args) {
        var result = Flyway.configure()
                .dataSource(args[0], args[1], args[2])
                .locations("classpath:db/migration")
                .placeholders(Map.of("runtime_role", args.length > 4 ? args[4] : "stations_app"))
                .target(args[3])
                .load()
                .migrate();
        System.out.println("migrated " + result.migrationsExecuted + " steps to " + result.targetSchemaVersion);
    }
}
