package cn.quzhou.stations.documents.internal;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Upload temp files ({@code <dir>/.incoming}) are named after the host and process that write them, so that at start
 * the ones of dead processes (a {@code kill -9} mid-upload) can be removed, while other instances sharing the volume
 * keep theirs. A file of another host is removed only once it is a day old: no upload takes that long.
 */
final class IncomingFiles {

    private static final Logger log = LoggerFactory.getLogger(IncomingFiles.class);
    private static final Pattern NAME = Pattern.compile("upload-(.+)-(\\d+)-.*\\.part");
    private static final Duration ABANDONED = Duration.ofDays(1);
    static final String HOST = host();

    private IncomingFiles() {
    }

    static String prefix() {
        return "upload-" + HOST + "-" + ProcessHandle.current().pid() + "-";
    }

    /** Removes the temp files of dead processes; answers how many. */
    static int removeAbandoned(Path incoming, Instant now) {
        if (!Files.isDirectory(incoming)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(incoming, "*.part")) {
            for (Path f : files) {
                if (abandoned(f, now) && Files.deleteIfExists(f)) {
                    removed++;
                }
            }
        } catch (IOException e) {
            log.warn("Could not clean the upload temp files in {}", incoming, e);
        }
        if (removed > 0) {
            log.info("Removed {} upload temp files left by stopped processes in {}", removed, incoming);
        }
        return removed;
    }

    private static boolean abandoned(Path f, Instant now) throws IOException {
        Matcher m = NAME.matcher(f.getFileName().toString());
        if (m.matches() && m.group(1).equals(HOST)) {
            return ProcessHandle.of(Long.parseLong(m.group(2))).map(p -> !p.isAlive()).orElse(true);
        }
        return Files.getLastModifiedTime(f).toInstant().isBefore(now.minus(ABANDONED));
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.]", "_");
        } catch (IOException e) {
            return "localhost";
        }
    }
}
