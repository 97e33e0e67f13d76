package cn.quzhou.stations.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** {@link Blobs} in a local (or shared, mounted) directory: {@code <dir>/ab/cd/<sha256>}. */
final class LocalBlobs implements Blobs {

    private final Path root;

    LocalBlobs(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public boolean has(String sha256, long size) throws IOException {
        Path target = pathOf(sha256);
        return Files.isRegularFile(target) && Files.size(target) == size;
    }

    @Override
    public void write(String sha256, Path file, long size) throws IOException {
        Path target = pathOf(sha256);
        Files.createDirectories(target.getParent());
        try {
            Files.move(file, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // a concurrent upload of the same content won the race (where rename does not replace): same bytes
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(pathOf(sha256));
    }

    @Override
    public String location() {
        return root.toString();
    }

    Path pathOf(String sha256) {
        return root.resolve(Blobs.address(sha256));
    }
}
