package cn.quzhou.stations.application;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.documents.FileStore;
import cn.quzhou.stations.documents.StoredFile;
import cn.quzhou.stations.organisation.JurisdictionView;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 电子印章: each reviewing office uploads its seal image once; every opinion box it fills afterwards
 * carries that seal (the image at the moment of the decision is kept with the decision).
 */
@Service
@Transactional(readOnly = true)
public class OfficeSeals {

    private static final List<Role> OFFICES = List.of(Role.COUNTY_CAST, Role.COUNTY_TALENT, Role.CITY_CAST,
            Role.CITY_TALENT);

    private final JdbcClient jdbc;
    private final FileStore files;
    private final Jurisdictions jurisdictions;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    OfficeSeals(JdbcClient jdbc, FileStore files, Jurisdictions jurisdictions, MessageSource messages, AuditLog audit,
                Clock clock) {
        this.jdbc = jdbc;
        this.files = files;
        this.jurisdictions = jurisdictions;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The signed-in reviewer's office: its name and seal, if any. */
    @PreAuthorize("hasAuthority('application:review')")
    public OfficeSeal mine() {
        Office office = officeOf(PlatformUser.current());
        return new OfficeSeal(office.key(), office.name(), sealFile(office.key()).orElse(null));
    }

    @Transactional
    @PreAuthorize("hasAuthority('application:review')")
    public OfficeSeal upload(String fileName, InputStream content) {
        Office office = officeOf(PlatformUser.current());
        StoredFile file = files.store(fileName, content, FileStore.IMAGES);
        jdbc.sql("""
                insert into office_seal (office_key, office_name, file_id, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?)
                on conflict (office_key) do update set office_name = excluded.office_name, file_id = excluded.file_id,
                    uploaded_by = excluded.uploaded_by, uploaded_at = excluded.uploaded_at""")
                .params(office.key(), office.name(), file.id(), PlatformUser.current().getUsername(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.success("seal.upload", "office_seal", office.key(),
                office.name() + ": " + file.name() + " sha256 " + file.sha256()));
        return new OfficeSeal(office.key(), office.name(), file.id());
    }

    /** The seal image of the signed-in reviewer's own office. */
    @PreAuthorize("hasAuthority('application:review')")
    public byte[] myImage() {
        UUID file = mine().fileId();
        if (file == null) {
            throw new cn.quzhou.stations.shared.NotFoundException("seal", "mine");
        }
        return files.read(file);
    }

    /** The seal an office would stamp now, for the office that decides {@code step} of an application. */
    public Optional<UUID> sealFor(Role role, long jurisdictionId) {
        return sealFile(key(role, role == Role.COUNTY_CAST || role == Role.COUNTY_TALENT ? jurisdictionId : null));
    }

    /** Seal images for the PDF: the bytes of a stored seal file. */
    public byte[] image(UUID fileId) {
        return files.read(fileId);
    }

    private Optional<UUID> sealFile(String key) {
        return jdbc.sql("select file_id from office_seal where office_key = ?").param(key)
                .query(UUID.class).optional();
    }

    private Office officeOf(PlatformUser user) {
        Role role = OFFICES.stream().filter(user::has).findFirst()
                .orElseThrow(() -> new BusinessRuleException(null, "application.seal.noOffice"));
        boolean county = role == Role.COUNTY_CAST || role == Role.COUNTY_TALENT;
        if (county && user.jurisdictionId() == null) {
            throw new BusinessRuleException(null, "application.seal.noOffice");
        }
        String name;
        if (county) {
            JurisdictionView j = jurisdictions.get(user.jurisdictionId());
            name = messages.getMessage("application.office." + role.name() + "." + j.kind().name(),
                    new Object[] {j.name()}, Locale.SIMPLIFIED_CHINESE);
        } else {
            name = messages.getMessage("application.office." + role.name(), null, Locale.SIMPLIFIED_CHINESE);
        }
        return new Office(key(role, county ? user.jurisdictionId() : null), name);
    }

    private static String key(Role role, Long jurisdictionId) {
        return jurisdictionId == null ? role.name() : role.name() + ":" + jurisdictionId;
    }

    private record Office(String key, String name) {
    }

    /** An office and its current seal file (null when none uploaded yet). */
    public record OfficeSeal(String officeKey, String officeName, UUID fileId) {
        public boolean uploaded() {
            return fileId != null;
        }
    }
}
