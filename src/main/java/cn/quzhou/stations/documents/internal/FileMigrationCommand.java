package cn.quzhou.stations.documents.internal;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The operator's command when moving to object storage (README, production section): with the bucket configured
 * ({@code platform.files.store=s3}, {@code platform.files.s3.*}) and {@code platform.files.dir} the old directory,
 * {@code java -jar app.jar --platform.ops.migrate-files-to-s3=true --server.port=0} copies every stored file to the
 * bucket, verifies each object's SHA-256, prints the counts and exits 0 when every file is in the bucket intact,
 * 3 when not. Run it again after fixing what it reported: what is already there is verified, not copied again.
 */
@Component
@ConditionalOnBooleanProperty("platform.ops.migrate-files-to-s3")
class FileMigrationCommand implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FileMigrationCommand.class);

    private final JdbcClient jdbc;
    private final Blobs blobs;
    private final Path dir;
    private final ConfigurableApplicationContext context;

    FileMigrationCommand(JdbcClient jdbc, Blobs blobs, @Value("${platform.files.dir}") Path dir,
                         ConfigurableApplicationContext context) {
        this.jdbc = jdbc;
        this.blobs = blobs;
        this.dir = dir;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!(blobs instanceof S3Blobs)) {
            System.out.println("FILES MIGRATION REFUSED: set platform.files.store=s3 and platform.files.s3.* first");
            System.exit(SpringApplication.exit(context, () -> 2));
            return;
        }
        FileMigration.Report report = new FileMigration(jdbc, new LocalBlobs(dir), blobs).run();
        log.info("{}", report);
        System.out.println(report);
        System.exit(SpringApplication.exit(context, () -> report.complete() ? 0 : 3));
    }
}
