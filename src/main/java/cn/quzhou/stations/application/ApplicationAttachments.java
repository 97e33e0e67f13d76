package cn.quzhou.stations.application;

import cn.quzhou.stations.documents.StoredFile;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The application's attachments (the file bytes live in the documents module's store). Removing one
 * only marks it removed: what was once submitted stays on record. Access is decided by
 * {@link Applications} before anything here is called.
 */
@Component
class ApplicationAttachments {

    private final JdbcClient jdbc;

    ApplicationAttachments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasAgreement(long applicationId) {
        return jdbc.sql("""
                select count(*) from application_attachment
                 where application_id = ? and kind = 'AGREEMENT' and removed_at is null""")
                .param(applicationId).query(Long.class).single() > 0;
    }

    long add(long applicationId, AttachmentKind kind, StoredFile file, String uploadedBy, Instant at) {
        return jdbc.sql("""
                insert into application_attachment (application_id, kind, file_id, name, media_type, size_bytes,
                                                    uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(applicationId, kind.name(), file.id(), file.name(), file.mediaType(), file.size(), uploadedBy,
                        Timestamp.from(at))
                .query(Long.class).single();
    }

    List<AttachmentView> current(long applicationId) {
        return jdbc.sql("""
                select * from application_attachment where application_id = ? and removed_at is null
                 order by kind, uploaded_at""")
                .param(applicationId).query((rs, n) -> new AttachmentView(rs.getLong("id"),
                        AttachmentKind.valueOf(rs.getString("kind")), rs.getString("name"), rs.getString("media_type"),
                        rs.getLong("size_bytes"), rs.getString("uploaded_by"), rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getObject("file_id", UUID.class)))
                .list();
    }

    Optional<AttachmentView> find(long applicationId, long attachmentId) {
        return current(applicationId).stream().filter(a -> a.id() == attachmentId).findFirst();
    }

    boolean remove(long applicationId, long attachmentId, Instant at) {
        return jdbc.sql("update application_attachment set removed_at = ? where application_id = ? and id = ? and removed_at is null")
                .params(Timestamp.from(at), applicationId, attachmentId).update() == 1;
    }

    /** The rows of a deleted draft (never submitted, so nothing of record); the files stay in the store. */
    void deleteAll(long applicationId) {
        jdbc.sql("delete from application_attachment where application_id = ?").param(applicationId).update();
    }
}
