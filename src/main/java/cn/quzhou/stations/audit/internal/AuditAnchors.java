package cn.quzhou.stations.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Once a day the head of the audit chain (newest id and its MAC) is written to the log and appended to a file outside
 * the database ({@code platform.audit.anchor-file}). Whoever deletes the newest rows can make the remaining chain
 * consistent, but cannot take back an anchor: the verifier names every anchored head that is gone.
 */
@Component
class AuditAnchors {

    private static final Logger log = LoggerFactory.getLogger(AuditAnchors.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Path file;

    AuditAnchors(JdbcClient jdbc, Clock clock,
                 @Value("${platform.audit.anchor-file:audit-anchors.log}") Path file) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.file = file;
    }

    /** One line per anchor: {@code <instant> id=<head id> link=<head MAC, or hash for an unkeyed head>}. */
    record Anchor(Instant at, long id, String link) {

        String line() {
            return at + " id=" + id + " link=" + link + "\n";
        }

        static Optional<Anchor> parse(String line) {
            String[] parts = line.strip().split(" ");
            if (parts.length != 3 || !parts[1].startsWith("id=") || !parts[2].startsWith("link=")) {
                return Optional.empty();
            }
            try {
                return Optional.of(new Anchor(Instant.parse(parts[0]), Long.parseLong(parts[1].substring(3)),
                        parts[2].substring(5)));
            } catch (RuntimeException malformed) {
                return Optional.empty();
            }
        }
    }

    @Scheduled(cron = "${platform.audit.anchor-cron:0 50 23 * * *}", zone = "Asia/Shanghai")
    void daily() {
        anchor();
    }

    /** Writes the current head (nothing while the trail is empty) and returns it. */
    Optional<Anchor> anchor() {
        Optional<Anchor> head = jdbc.sql("select id, hash, mac from audit_event order by id desc limit 1")
                .query((rs, n) -> new Anchor(clock.instant(), rs.getLong("id"),
                        new ChainLink(rs.getString("hash"), rs.getString("mac")).link()))
                .optional();
        head.ifPresent(this::append);
        return head;
    }

    private void append(Anchor anchor) {
        log.info("Audit chain anchor: head row {} link {}", anchor.id(), anchor.link());
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            Files.writeString(file, anchor.line(), StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to platform.audit.anchor-file " + file, e);
        }
    }

    /** Every anchor written so far (none when the file does not exist yet); malformed lines are skipped. */
    List<Anchor> all() {
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            List<Anchor> anchors = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Anchor.parse(line).ifPresent(anchors::add);
            }
            return anchors;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read platform.audit.anchor-file " + file, e);
        }
    }
}
