package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.Versioned;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.audit.Changes;
import cn.quzhou.stations.organisation.internal.Expert;
import cn.quzhou.stations.organisation.internal.ExpertList;
import cn.quzhou.stations.organisation.internal.ExpertRepository;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.organisation.internal.HostUnitRepository;
import cn.quzhou.stations.organisation.internal.SocietyRepository;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 专家库 — the pool from which the city CAST forms review panels. */
@Service
@Transactional(readOnly = true)
public class ExpertPool {

    private final ExpertRepository experts;
    private final HostUnitRepository units;
    private final SocietyRepository societies;
    private final AuditLog audit;

    private final ExpertList list;

    ExpertPool(ExpertRepository experts, HostUnitRepository units, SocietyRepository societies, AuditLog audit,
               ExpertList list) {
        this.list = list;
        this.experts = experts;
        this.units = units;
        this.societies = societies;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('expert:read')")
    public List<ExpertView> list() {
        return experts.findAllByOrderByNameAsc().stream().map(ExpertPool::view).toList();
    }

    /** One page of the pool, searched over name, field and organisation, sorted as asked. */
    @PreAuthorize("hasAuthority('expert:read')")
    public Paged<ExpertRow> page(ListRequest request) {
        return list.page(request.resolve(ExpertList.SORTS));
    }

    /** Every expert the same list would show, in its order (the Excel export, which masks phone and e-mail). */
    @PreAuthorize("hasAuthority('expert:read')")
    public void export(ListRequest request, java.util.function.Consumer<ExpertRow> each) {
        list.export(request.resolve(ExpertList.SORTS).everything(), each);
    }

    @PreAuthorize("hasAuthority('expert:read')")
    public ExpertView get(long id) {
        return byId(id).orElseThrow(() -> new NotFoundException("expert", id));
    }

    /** For other modules (panel formation, conflict checks). */
    public Optional<ExpertView> byId(long id) {
        return experts.findById(id).map(ExpertPool::view);
    }

    /** An expert's contact data: masked in the audit trail's before → after. */
    private static final java.util.Set<String> PERSONAL = java.util.Set.of("phone", "email");

    @Transactional
    @PreAuthorize("hasAuthority('expert:manage')")
    public ExpertView create(ExpertCommand c) {
        checkReferences(c);
        ExpertView created = view(experts.save(new Expert(c)));
        audit.record(AuditRecord.success("expert.create", "expert", created.id(), Changes.between(null, created, PERSONAL)));
        return created;
    }

    @Transactional
    @PreAuthorize("hasAuthority('expert:manage')")
    public ExpertView update(long id, int version, ExpertCommand c) {
        Expert e = experts.findById(id).orElseThrow(() -> new NotFoundException("expert", id));
        Versioned.require(e.getVersion(), version, "error.concurrentModification");
        checkReferences(c);
        ExpertView before = view(e);
        e.apply(c.keepingMasked(e.getPhone(), e.getEmail()));
        experts.flush();
        ExpertView after = view(e);
        audit.record(AuditRecord.success("expert.update", "expert", id, Changes.between(before, after, PERSONAL)));
        return after;
    }

    /** Takes the expert out of the pool (409 when already out); the record and its history stay. */
    @Transactional
    @PreAuthorize("hasAuthority('expert:manage')")
    public ExpertView deactivate(long id) {
        Expert e = experts.findById(id).orElseThrow(() -> new NotFoundException("expert", id));
        ExpertView before = view(e);
        e.deactivate();
        experts.flush();
        ExpertView after = view(e);
        audit.record(AuditRecord.success("expert.deactivate", "expert", id, Changes.between(before, after, PERSONAL)));
        return after;
    }

    private void checkReferences(ExpertCommand c) {
        if (c.hostUnitId() != null && !units.existsById(c.hostUnitId())) {
            throw new BusinessRuleException("hostUnitId", "expert.error.unit");
        }
        if (c.societyIds() != null && c.societyIds().stream().anyMatch(id -> !societies.existsById(id))) {
            throw new BusinessRuleException("societyIds", "expert.error.society");
        }
    }

    static ExpertView view(Expert e) {
        return new ExpertView(e.getId(), e.getName(), e.getTitle(), e.getField(), e.getOrganisation(),
                e.getHostUnitId(), e.getPhone(), e.getEmail(), e.isActive(), e.getSocietyIds(), e.getVersion());
    }
}
