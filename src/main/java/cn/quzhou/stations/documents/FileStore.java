package cn.quzhou.stations.documents;

import java.io.InputStream;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Holds uploaded attachments outside the web root, addressed by the SHA-256 of their content
 * ({@code ab/cd/<sha256>}) in the directory {@code platform.files.dir} or, with {@code platform.files.store=s3}, in an
 * S3-compatible bucket ({@code platform.files.s3.*}): the same content uploaded twice is one
 * file (object) but two {@link StoredFile}s.
 * <p>
 * The kind of a file is recognised by its content ({@link FileKind}), never by its name; the name
 * is neutralised ({@link FileNames}). Refusals are {@link cn.quzhou.stations.shared.BusinessRuleException}s
 * on the field {@code file}: {@code file.error.empty}, {@code file.error.size} (argument: the
 * limit, {@code platform.files.max-size}), {@code file.error.type} (none of the accepted kinds) or
 * {@code file.error.kind} (a kind the caller does not accept here; argument: the accepted
 * extensions). Every stored file leaves an audit row {@code file.store}.
 * <p>
 * <strong>No access control happens here.</strong> Anybody holding an id can read the file through
 * this API, so the calling module keeps the ids of its own attachments, decides who may see them
 * (its permissions and data scope) and only then calls {@link #open}/{@link #read} and
 * {@link FileDownloads#attachment}. Never accept a file id from a request without that check.
 * <p>
 * Files are written before the row is inserted; when the caller's transaction rolls back, the
 * bytes stay on disk without a row (harmless: content-addressed, never served without a row).
 */
public interface FileStore {

    Set<FileKind> ANY = EnumSet.allOf(FileKind.class);
    Set<FileKind> IMAGES = EnumSet.of(FileKind.PNG, FileKind.JPEG);

    /** Stores {@code content} if it is one of the {@code allowed} kinds. */
    StoredFile store(String originalName, byte[] content, Set<FileKind> allowed);

    /** Stores {@code content}, of any accepted kind. */
    default StoredFile store(String originalName, byte[] content) {
        return store(originalName, content, ANY);
    }

    /**
     * Stores what {@code content} yields (read to its end, but never more than the size limit; the
     * caller closes it) if it is one of the {@code allowed} kinds. For uploads:
     * {@code store(part.getOriginalFilename(), part.getInputStream(), allowed)}.
     */
    StoredFile store(String originalName, InputStream content, Set<FileKind> allowed);

    /** The stored file {@code id}; {@link cn.quzhou.stations.shared.NotFoundException} when unknown. */
    StoredFile describe(UUID id);

    /** The stored files among {@code ids}, in no particular order; unknown ids are left out. */
    List<StoredFile> describe(Collection<UUID> ids);

    /** The content of {@code id}, to be closed by the caller; NotFoundException when unknown. */
    InputStream open(UUID id);

    /** The whole content of {@code id}, checked against its SHA-256; NotFoundException when unknown. */
    byte[] read(UUID id);
}
