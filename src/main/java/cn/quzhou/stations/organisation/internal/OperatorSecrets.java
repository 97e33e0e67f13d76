package cn.quzhou.stations.organisation.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The out-of-band channel to the operator (运维, who runs the server and is none of the three administrators): a
 * file readable only by the account the platform runs as ({@code platform.security.operator-secrets-file}). Bootstrap
 * secrets that were not given and administrator reset secrets without an e-mail address go here, never to the log
 * (logs are shipped and read by others) and never to a web page another administrator sees. The operator hands
 * each line to its holder and deletes it.
 */
@Component
public class OperatorSecrets {

    private static final Logger log = LoggerFactory.getLogger(OperatorSecrets.class);

    private final Path file;
    private final Clock clock;

    OperatorSecrets(@Value("${platform.security.operator-secrets-file:operator-secrets.txt}") Path file, Clock clock) {
        this.file = file.toAbsolutePath();
        this.clock = clock;
    }

    /** Appends "when, for whom, why: secret" and logs only where the line went. */
    public synchronized void deliver(String username, String purpose, String secret) {
        try {
            if (!Files.exists(file)) {
                if (file.getParent() != null) {
                    Files.createDirectories(file.getParent());
                }
                create(file);
            }
            Files.writeString(file, clock.instant() + "\t" + username + "\t" + purpose + "\t" + secret + System.lineSeparator(),
                    StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the operator secrets file " + file, e);
        }
        log.warn("A one-time secret for '{}' ({}) was written to {} — hand it over and delete the line", username,
                purpose, file);
    }

    public Path file() {
        return file;
    }

    /**
     * Created owner-only in one step: a file made readable and narrowed afterwards could be opened by another user in
     * between, and that open handle would read every secret appended later.
     */
    private static void create(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file inherits the directory's ACL; the README tells the operator to restrict it
            Files.createFile(file);
        }
    }
}
