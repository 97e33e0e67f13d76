package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.Versioned;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.audit.Changes;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.organisation.internal.SocietyList;
import cn.quzhou.stations.organisation.internal.SocietyRepository;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.NotFoundException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** 全国学会 / 省级学会 — the partner societies. */
@Service
@Transactional(readOnly = true)
public class Societies {

    private final SocietyRepository repository;
    private final AuditLog audit;

    private final org.springframework.context.ApplicationEventPublisher events;

    private final SocietyList list;

    Societies(SocietyRepository repository, AuditLog audit, org.springframework.context.ApplicationEventPublisher events,
              SocietyList list) {
        this.events = events;
        this.list = list;
        this.repository = repository;
        this.audit = audit;
    }

    /** Every society, phone masked (choosing lists; the full phone is for the editor and the audited reveal). */
    @PreAuthorize("hasAuthority('society:read')")
    public List<SocietyView> list() {
        return repository.findAllByOrderByLevelAscNameAsc().stream().map(Societies::view).map(SocietyView::masked)
                .toList();
    }

    /** One page of the societies, searched, filtered by level and sorted as asked. */
    @PreAuthorize("hasAuthority('society:read')")
    public Paged<SocietyView> page(ListRequest request, SocietyLevel level) {
        return list.page(level, request.resolve(SocietyList.SORTS));
    }

    /** Every society the same list would show, in its order (the Excel export). */
    @PreAuthorize("hasAuthority('society:read')")
    public void export(ListRequest request, SocietyLevel level, java.util.function.Consumer<SocietyView> each) {
        list.export(level, request.resolve(SocietyList.SORTS).everything(), each);
    }

    /** One society with its phone in full, for the editor (who types it in anyway). */
    @PreAuthorize("hasAuthority('society:manage')")
    public SocietyView get(long id) {
        return repository.findById(id).map(Societies::view).orElseThrow(() -> new NotFoundException("society", id));
    }

    /**
     * A society's phone in full (the "显示" next to the masked one), for the reviewing offices only; every reveal is
     * audited (which field, never the value). Others are refused (403, audited).
     */
    @Transactional
    @PreAuthorize("hasAuthority('personal:reveal') and hasAuthority('society:read')")
    public String revealPhone(long id) {
        Society s = repository.findById(id).orElseThrow(() -> new NotFoundException("society", id));
        audit.record(AuditRecord.success("personal.reveal", "society", id, "phone"));
        return s.getPhone();
    }

    /** Names of many societies at once, for lists (a society is not scoped data). */
    public java.util.Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? java.util.Map.of() : repository.findAllById(ids).stream()
                .collect(java.util.stream.Collectors.toMap(Society::getId, Society::getName));
    }

    /** Every society's id by its name, for an import naming societies (a society is not scoped data). */
    public java.util.Map<String, Long> idsByName() {
        return repository.findAll().stream()
                .collect(java.util.stream.Collectors.toMap(Society::getName, Society::getId, (a, b) -> a));
    }

    /** One society as every reader sees it (the API's read): the phone masked. */
    @PreAuthorize("hasAuthority('society:read')")
    public SocietyView read(long id) {
        return byId(id).orElseThrow(() -> new NotFoundException("society", id));
    }

    /** For other modules (a society is not scoped data); the phone masked, no module needs it in full. */
    public Optional<SocietyView> byId(long id) {
        return repository.findById(id).map(Societies::view).map(SocietyView::masked);
    }

    /** A society's phone: masked in the audit trail's before → after. */
    private static final java.util.Set<String> PERSONAL = java.util.Set.of("phone");

    @Transactional
    @PreAuthorize("hasAuthority('society:manage')")
    public SocietyView create(SocietyCommand c) {
        requireUniqueName(c, null);
        SocietyView created = view(repository.save(new Society(c)));
        audit.record(AuditRecord.success("society.create", "society", created.id(), Changes.between(null, created, PERSONAL)));
        return created;
    }

    @Transactional
    @PreAuthorize("hasAuthority('society:manage')")
    public SocietyView update(long id, int version, SocietyCommand c) {
        Society s = repository.findById(id).orElseThrow(() -> new NotFoundException("society", id));
        Versioned.require(s.getVersion(), version, "error.concurrentModification");
        requireUniqueName(c, id);
        SocietyView before = view(s);
        s.apply(c.keepingMasked(s.getPhone()));
        repository.flush();
        SocietyView after = view(s);
        audit.record(AuditRecord.success("society.update", "society", id, Changes.between(before, after, PERSONAL)));
        if (!after.name().equals(before.name())) {
            events.publishEvent(new SocietyRenamed(id, after.name()));
        }
        return after;
    }

    private void requireUniqueName(SocietyCommand c, Long id) {
        repository.findByName(c.name().strip()).filter(o -> !o.getId().equals(id)).ifPresent(o -> {
            throw new BusinessRuleException("name", "society.error.duplicateName");
        });
    }

    static SocietyView view(Society s) {
        return new SocietyView(s.getId(), s.getName(), s.getLevel(), s.getBranch(), s.getContact(), s.getPhone(),
                s.getVersion());
    }
}
