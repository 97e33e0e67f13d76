package cn.quzhou.stations.documents.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/**
 * Where the bytes of stored files live, addressed by their SHA-256 ({@code ab/cd/<sha256>}): the local directory
 * ({@link LocalBlobs}, the default) or an S3-compatible bucket ({@link S3Blobs}, {@code platform.files.store=s3}).
 * Content never changes once written, so putting the same address twice is harmless.
 */
interface Blobs {

    /** Whether a copy of this content, of this size, is already there. */
    boolean has(String sha256, long size) throws IOException;

    /**
     * Puts the content of {@code file} (whose SHA-256 the caller computed) at its address unless a copy of that size
     * is already there; {@code file} may be moved away.
     */
    default void put(String sha256, Path file, long size) throws IOException {
        if (!has(sha256, size)) {
            write(sha256, file, size);
        }
    }

    /** Writes the content of {@code file} at its address, replacing what is there; {@code file} may be moved away. */
    void write(String sha256, Path file, long size) throws IOException;

    /** The content at this address, to be closed by the caller; {@link java.nio.file.NoSuchFileException} when absent. */
    InputStream open(String sha256) throws IOException;

    /** Where, for logs and the operator's messages. */
    String location();

    /** The relative address of a content: {@code ab/cd/<sha256>}. */
    static String address(String sha256) {
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }
}
