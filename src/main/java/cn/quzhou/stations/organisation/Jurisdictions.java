package cn.quzhou.stations.organisation;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.audit.Changes;
import cn.quzhou.stations.organisation.internal.Jurisdiction;
import cn.quzhou.stations.organisation.internal.JurisdictionRepository;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.OpenEntry;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The counties, new-city committees and 市直 — data, since districts get redrawn. */
@Service
@Transactional(readOnly = true)
public class Jurisdictions {

    private final JurisdictionRepository repository;
    private final AuditLog audit;

    Jurisdictions(JurisdictionRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    /** Public reference data: every form that picks a jurisdiction needs it. */
    @OpenEntry(value = OpenEntry.Audience.PUBLIC, why = "reference data every jurisdiction picker needs")
    public List<JurisdictionView> list() {
        return repository.findAllByOrderBySortOrderAscIdAsc().stream().map(Jurisdictions::view).toList();
    }

    @OpenEntry(value = OpenEntry.Audience.PUBLIC, why = "reference data every jurisdiction picker needs")
    public List<JurisdictionView> active() {
        return list().stream().filter(JurisdictionView::active).toList();
    }

    public JurisdictionView get(long id) {
        return repository.findById(id).map(Jurisdictions::view).orElseThrow(() -> new NotFoundException("jurisdiction", id));
    }

    @Transactional
    @PreAuthorize("hasAuthority('jurisdiction:manage')")
    public JurisdictionView create(JurisdictionCommand c) {
        if (repository.existsByCodeOrName(c.code().strip(), c.name().strip())) {
            throw new BusinessRuleException("name", "jurisdiction.error.duplicate");
        }
        int order = repository.findAll().stream().mapToInt(Jurisdiction::getSortOrder).max().orElse(0) + 10;
        JurisdictionView created = view(repository.save(new Jurisdiction(c.code().strip(), c.name().strip(), c.kind(), order)));
        audit.record(AuditRecord.success("jurisdiction.create", "jurisdiction", created.id(), Changes.between(null, created)));
        return created;
    }

    @Transactional
    @PreAuthorize("hasAuthority('jurisdiction:manage')")
    public void setActive(long id, boolean active) {
        Jurisdiction j = repository.findById(id).orElseThrow(() -> new NotFoundException("jurisdiction", id));
        JurisdictionView before = view(j);
        j.setActive(active);
        audit.record(AuditRecord.success("jurisdiction.update", "jurisdiction", id, Changes.between(before, view(j))));
    }

    static JurisdictionView view(Jurisdiction j) {
        return new JurisdictionView(j.getId(), j.getCode(), j.getName(), j.getKind(), j.isActive());
    }
}
