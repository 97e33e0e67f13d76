package cn.quzhou.stations.shared;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/** Secrets the platform generates for itself (dev keys, the embedded database's password), kept in owner-only files. */
public final class OwnerOnlyFile {

    private static final SecureRandom RANDOM = new SecureRandom();

    private OwnerOnlyFile() {
    }

    /** {@code bytes} random bytes in Base64. */
    public static String randomBase64(int bytes) {
        byte[] b = new byte[bytes];
        RANDOM.nextBytes(b);
        return Base64.getEncoder().encodeToString(b);
    }

    /**
     * Writes {@code text} to a new file readable by the platform's account only, created so in one step (a file
     * narrowed afterwards could be opened by another user in between), and forced to disk.
     */
    public static void create(Path file, String text) {
        create(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** As {@link #create(Path, String)}, for binary content (a generated key store). */
    public static void create(Path file, byte[] content) {
        try {
            if (file.toAbsolutePath().getParent() != null) {
                Files.createDirectories(file.toAbsolutePath().getParent());
            }
            try {
                Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(file);
            }
            Files.write(file, content, StandardOpenOption.WRITE, StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + file, e);
        }
    }
}
