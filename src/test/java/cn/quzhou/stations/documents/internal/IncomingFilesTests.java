package cn.quzhou.stations.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** At start the upload temp files of dead processes go; those of live processes and of other instances stay. */
class IncomingFilesTests {

    @TempDir
    Path incoming;

    @Test
    void theTempFilesOfDeadProcessesOnThisHostAndDayOldOnesOfOtherHostsAreRemoved() throws Exception {
        Instant now = Instant.now();
        Path dead = part("upload-" + IncomingFiles.HOST + "-" + deadPid() + "-1234.part", now);
        Path mine = part(IncomingFiles.prefix() + "5678.part", now);
        Path otherHostUploading = part("upload-other.host-42-99.part", now);
        Path otherHostAbandoned = part("upload-other.host-43-98.part", now.minus(Duration.ofDays(2)));

        assertThat(IncomingFiles.removeAbandoned(incoming, now)).isEqualTo(2);

        assertThat(dead).doesNotExist();
        assertThat(otherHostAbandoned).doesNotExist();
        assertThat(mine).exists();
        assertThat(otherHostUploading).exists();
    }

    @Test
    void noIncomingDirectoryIsNothingToDo() {
        assertThat(IncomingFiles.removeAbandoned(incoming.resolve("missing"), Instant.now())).isZero();
    }

    private Path part(String name, Instant modified) throws Exception {
        Path f = Files.writeString(incoming.resolve(name), "partial upload");
        Files.setLastModifiedTime(f, FileTime.from(modified));
        return f;
    }

    /** A process that has run and ended: its pid is free (until reused, which a fresh pid is not within the test). */
    private static long deadPid() throws Exception {
        Process p = new ProcessBuilder("true").start();
        p.waitFor();
        return p.pid();
    }
}
