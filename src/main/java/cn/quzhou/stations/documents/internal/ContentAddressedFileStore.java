package cn.quzhou.stations.documents.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.documents.FileKind;
import cn.quzhou.stations.documents.FileNames;
import cn.quzhou.stations.documents.FileStore;
import cn.quzhou.stations.documents.StoredFile;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.unit.DataSize;

/**
 * {@link FileStore} whose contents live in {@link Blobs} (the local directory or an S3 bucket) under their SHA-256;
 * uploads are checked and hashed in a temporary file in {@code <dir>/.incoming} on the local disk first.
 */
@Service
@Transactional(readOnly = true)
class ContentAddressedFileStore implements FileStore {

    private static final String FIELD = "file";

    private final StoredFileRepository rows;
    private final AuditLog audit;
    private final Clock clock;
    private final MessageSource messages;
    private final Blobs blobs;
    private final Path incoming;
    private final DataSize maxSize;

    ContentAddressedFileStore(StoredFileRepository rows, AuditLog audit, Clock clock, MessageSource messages,
                              Blobs blobs, @Value("${platform.files.dir}") Path dir,
                              @Value("${platform.files.max-size:20MB}") DataSize maxSize) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
        this.messages = messages;
        this.blobs = blobs;
        this.incoming = dir.toAbsolutePath().normalize().resolve(".incoming");
        this.maxSize = maxSize;
        IncomingFiles.removeAbandoned(incoming, clock.instant());
    }

    @Override
    @Transactional
    public StoredFile store(String originalName, byte[] content) {
        return store(originalName, content, ANY);
    }

    @Override
    @Transactional
    public StoredFile store(String originalName, byte[] content, Set<FileKind> allowed) {
        if (content.length > maxSize.toBytes()) {
            throw tooLarge();
        }
        return store(originalName, new ByteArrayInputStream(content), allowed);
    }

    @Override
    @Transactional
    public StoredFile store(String originalName, InputStream content, Set<FileKind> allowed) {
        Path temp = null;
        try {
            Files.createDirectories(incoming);
            temp = Files.createTempFile(incoming, IncomingFiles.prefix(), ".part");
            MessageDigest sha = sha256();
            long size = copy(content, temp, sha);
            if (size == 0) {
                throw new BusinessRuleException(FIELD, "file.error.empty");
            }
            FileKind kind = FileKind.detect(temp).orElseThrow(() -> new BusinessRuleException(FIELD, "file.error.type"));
            if (!allowed.contains(kind)) {
                throw new BusinessRuleException(FIELD, "file.error.kind", describe(allowed));
            }
            String hash = HexFormat.of().formatHex(sha.digest());
            blobs.put(hash, temp, size);
            String name = FileNames.neutralise(originalName, kind, fallbackName());
            StoredFileRow row = rows.saveAndFlush(new StoredFileRow(hash, size, kind, name, currentUser(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS)));
            StoredFile stored = row.view();
            audit.record(AuditRecord.success("file.store", "stored_file", stored.id(),
                    "name: " + name + "; type: " + kind + "; size: " + size + "; sha256: " + hash));
            return stored;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store upload", e);
        } finally {
            deleteQuietly(temp);
        }
    }

    @Override
    public StoredFile describe(UUID id) {
        return row(id).view();
    }

    @Override
    public List<StoredFile> describe(Collection<UUID> ids) {
        return rows.findAllById(ids).stream().map(StoredFileRow::view).toList();
    }

    @Override
    public InputStream open(UUID id) {
        try {
            return blobs.open(row(id).getSha256());
        } catch (IOException e) {
            throw new UncheckedIOException("stored file " + id + " is missing in " + blobs.location(), e);
        }
    }

    @Override
    public byte[] read(UUID id) {
        StoredFileRow row = row(id);
        try (InputStream in = blobs.open(row.getSha256())) {
            byte[] content = in.readAllBytes();
            if (!HexFormat.of().formatHex(sha256().digest(content)).equals(row.getSha256())) {
                throw new IllegalStateException("stored file " + id + " does not match its SHA-256");
            }
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException("stored file " + id + " is missing in " + blobs.location(), e);
        }
    }

    private StoredFileRow row(UUID id) {
        return rows.findById(id).orElseThrow(() -> new NotFoundException("stored file", id));
    }

    private long copy(InputStream in, Path temp, MessageDigest sha) throws IOException {
        long limit = maxSize.toBytes();
        long size = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(temp)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                size += n;
                if (size > limit) {
                    throw tooLarge();
                }
                sha.update(buffer, 0, n);
                out.write(buffer, 0, n);
            }
        }
        return size;
    }

    private BusinessRuleException tooLarge() {
        return new BusinessRuleException(FIELD, "file.error.size", maxSize.toMegabytes() + " MB");
    }

    private static String describe(Set<FileKind> allowed) {
        return allowed.stream().sorted().map(k -> k.name()).collect(Collectors.joining(" / "));
    }

    private String fallbackName() {
        return messages.getMessage("file.defaultName", null, "attachment", Locale.SIMPLIFIED_CHINESE);
    }

    private static String currentUser() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null || !auth.isAuthenticated() ? "anonymous" : auth.getName();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp != null) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException ignored) {
                // a leftover in .incoming is harmless
            }
        }
    }
}
