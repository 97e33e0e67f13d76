package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.Versioned;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.audit.Changes;
import cn.quzhou.stations.organisation.internal.HostUnit;
import cn.quzhou.stations.organisation.internal.HostUnitRepository;
import cn.quzhou.stations.organisation.internal.Jurisdiction;
import cn.quzhou.stations.organisation.internal.JurisdictionRepository;
import cn.quzhou.stations.organisation.internal.UnitList;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.CreditCode;
import cn.quzhou.stations.shared.NotFoundException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.StringUtils;

/** 建站单位: registry of host units, always read through the signed-in user's data scope. */
@Service
@Transactional(readOnly = true)
public class HostUnits {

    private final HostUnitRepository units;
    private final JurisdictionRepository jurisdictions;
    private final AuditLog audit;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final UnitList list;

    HostUnits(HostUnitRepository units, JurisdictionRepository jurisdictions, AuditLog audit,
              org.springframework.context.ApplicationEventPublisher events, UnitList list) {
        this.events = events;
        this.list = list;
        this.units = units;
        this.jurisdictions = jurisdictions;
        this.audit = audit;
    }

    @PreAuthorize("hasAuthority('unit:read')")
    public List<HostUnitView> list(String search) {
        Specification<HostUnit> spec = within(PlatformUser.current().scope());
        if (StringUtils.hasText(search)) {
            String like = "%" + search.strip().toLowerCase() + "%";
            spec = spec.and((r, q, cb) -> cb.or(cb.like(cb.lower(r.get("name")), like),
                    cb.like(cb.lower(r.get("creditCode")), like)));
        }
        return views(units.findAll(spec, Sort.by("jurisdictionId", "name")));
    }

    /** One page of the units the signed-in user may see, searched, filtered and sorted as asked. */
    @PreAuthorize("hasAuthority('unit:read')")
    public Paged<HostUnitRow> page(ListRequest request, UnitFilter filter) {
        return list.page(PlatformUser.current().scope(), filter, request.resolve(UnitList.SORTS));
    }

    /** Every row the same list would show, in its order, handed to {@code each} as read (the Excel export). */
    @PreAuthorize("hasAuthority('unit:read')")
    public void export(ListRequest request, UnitFilter filter, java.util.function.Consumer<HostUnitRow> each) {
        list.export(PlatformUser.current().scope(), filter, request.resolve(UnitList.SORTS).everything(), each);
    }

    @PreAuthorize("hasAuthority('unit:read')")
    public HostUnitView get(long id) {
        return view(visible(id));
    }

    @Transactional
    @PreAuthorize("hasAuthority('unit:manage')")
    public HostUnitView create(HostUnitCommand c) {
        checkRules(c, null);
        HostUnitView created = view(units.save(new HostUnit(c)));
        audit.record(AuditRecord.success("unit.create", "host_unit", created.id(), Changes.between(null, created)));
        return created;
    }

    @Transactional
    @PreAuthorize("hasAuthority('unit:manage')")
    public HostUnitView update(long id, int version, HostUnitCommand c) {
        HostUnit unit = visible(id);
        Versioned.require(unit.getVersion(), version, "error.concurrentModification");
        checkRules(c, id);
        HostUnitView before = view(unit);
        unit.apply(c);
        units.flush();
        HostUnitView after = view(unit);
        audit.record(AuditRecord.success("unit.update", "host_unit", id, Changes.between(before, after)));
        if (!after.name().equals(before.name())) {
            events.publishEvent(new HostUnitRenamed(id, after.name()));
        }
        return after;
    }

    /** Names of many units at once (no scope check: the caller has done its own), for lists. */
    public Map<Long, String> namesOf(java.util.Collection<Long> ids) {
        return ids.isEmpty() ? Map.of() : units.namesOf(ids).stream()
                .collect(Collectors.toMap(r -> (Long) r[0], r -> (String) r[1]));
    }

    /**
     * The ids of the registered units among the given credit codes (normalised), keyed by code: an import checks a
     * whole file in one statement. No scope check: a code is unique platform-wide and the caller has done its own.
     */
    public Map<String, Long> idsByCreditCode(java.util.Collection<String> codes) {
        return codes.isEmpty() ? Map.of() : units.idsByCreditCode(codes.stream().map(CreditCode::normalise).toList())
                .stream().collect(Collectors.toMap(r -> (String) r[0], r -> (Long) r[1]));
    }

    /** For other modules acting on a unit's behalf: no scope check, the caller has done its own. */
    public Optional<HostUnitView> byId(long id) {
        return units.findById(id).map(this::view);
    }

    private HostUnit visible(long id) {
        return units.findOne(within(PlatformUser.current().scope()).and((r, q, cb) -> cb.equal(r.get("id"), id)))
                .orElseThrow(() -> new NotFoundException("host unit", id));
    }

    private void checkRules(HostUnitCommand c, Long id) {
        Jurisdiction j = jurisdictions.findById(c.jurisdictionId())
                .orElseThrow(() -> new BusinessRuleException("jurisdictionId", "unit.error.jurisdiction"));
        // a county office registers units only in its own jurisdiction
        DataScope scope = PlatformUser.current().scope();
        boolean inScope = scope instanceof DataScope.All
                || scope instanceof DataScope.OfJurisdiction own && own.jurisdictionId() == j.getId();
        if (!inScope) {
            throw new BusinessRuleException("jurisdictionId", "unit.error.jurisdictionOutOfScope");
        }
        if (c.nature() == UnitNature.OTHER && !StringUtils.hasText(c.natureOther())) {
            throw new BusinessRuleException("natureOther", "unit.error.natureOther");
        }
        if (c.businessFields().contains(BusinessField.OTHER) && !StringUtils.hasText(c.businessFieldOther())) {
            throw new BusinessRuleException("businessFieldOther", "unit.error.businessFieldOther");
        }
        units.findByCreditCode(CreditCode.normalise(c.creditCode()))
                .filter(other -> !other.getId().equals(id))
                .ifPresent(other -> {
                    throw new BusinessRuleException("creditCode", "unit.error.duplicateCreditCode");
                });
    }

    static Specification<HostUnit> within(DataScope scope) {
        return scope.specification("jurisdictionId", "id");
    }

    private List<HostUnitView> views(List<HostUnit> list) {
        Map<Long, Jurisdiction> byId = jurisdictions.findAll().stream()
                .collect(Collectors.toMap(Jurisdiction::getId, Function.identity()));
        return list.stream().map(u -> view(u, byId.get(u.getJurisdictionId()))).toList();
    }

    private HostUnitView view(HostUnit u) {
        return view(u, jurisdictions.findById(u.getJurisdictionId()).orElseThrow());
    }

    private static HostUnitView view(HostUnit u, Jurisdiction j) {
        return new HostUnitView(u.getId(), u.getName(), u.getCreditCode(), j.getId(), j.getName(), j.getKind(),
                u.getNature(), u.getNatureOther(), u.getBusinessFields(), u.getBusinessFieldOther(),
                u.getLegalRepresentative(), u.getAddress(), u.getPostcode(), u.getVersion());
    }
}
