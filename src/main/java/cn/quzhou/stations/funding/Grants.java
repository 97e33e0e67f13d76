package cn.quzhou.stations.funding;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.shared.BusinessCounters;
import cn.quzhou.stations.application.notice.TodoDeadlines;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.funding.internal.GrantInstalment;
import cn.quzhou.stations.funding.internal.GrantInstalmentRepository;
import cn.quzhou.stations.funding.internal.GrantPayment;
import cn.quzhou.stations.funding.internal.GrantPaymentRepository;
import cn.quzhou.stations.funding.internal.InstalmentList;
import cn.quzhou.stations.funding.internal.InstalmentStore;
import cn.quzhou.stations.funding.internal.FundingNotices;
import cn.quzhou.stations.funding.internal.LedgerStore;
import cn.quzhou.stations.funding.internal.Payers;
import cn.quzhou.stations.organisation.DataScope;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.ListRequest;
import cn.quzhou.stations.shared.Paged;
import cn.quzhou.stations.shared.NotFoundException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 资助经费 (Art. 7, 11): the instalments that fell due from published results, and their disbursement — recorded by
 * one city CAST official, approved by another, exactly once per instalment. An approved disbursement is a receipt in
 * the station's funds ledger.
 */
@Service
@Transactional(readOnly = true)
public class Grants {

    private final InstalmentStore store;
    private final GrantInstalmentRepository instalments;
    private final GrantPaymentRepository payments;
    private final InstalmentList list;
    private final LedgerStore ledgers;
    private final Payers payers;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final FundingNotices notices;
    private final Clock clock;
    private final cn.quzhou.stations.shared.RecordSeals seals;

    private final BusinessCounters counters;

    Grants(InstalmentStore store, GrantInstalmentRepository instalments,
            GrantPaymentRepository payments, InstalmentList list, LedgerStore ledgers, Payers payers, JdbcClient jdbc, AuditLog audit, FundingNotices notices, Clock clock,
           BusinessCounters counters, cn.quzhou.stations.shared.RecordSeals seals) {
        this.counters = counters;
        this.seals = seals;
        this.list = list;
        this.notices = notices;
        this.store = store;
        this.instalments = instalments;
        this.payments = payments;
        this.ledgers = ledgers;
        this.payers = payers;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** One page of the instalments in the signed-in user's scope, searched, filtered and sorted as asked. */
    @PreAuthorize("hasAuthority('funding:read')")
    public Paged<InstalmentView> page(ListRequest request, InstalmentFilter filter) {
        Map<Long, String> jurisdictions = payers.names();
        return list.page(PlatformUser.current().scope(), filter, request.resolve(InstalmentList.SORTS))
                .map(r -> view(r.instalment(), r.payment(), jurisdictions));
    }

    /** Every instalment the same list would show, in its order, handed to {@code each} as read (the Excel export). */
    @PreAuthorize("hasAuthority('funding:read')")
    public void export(ListRequest request, InstalmentFilter filter, Consumer<InstalmentView> each) {
        Map<Long, String> jurisdictions = payers.names();
        list.export(PlatformUser.current().scope(), filter, request.resolve(InstalmentList.SORTS).everything(),
                r -> each.accept(view(r.instalment(), r.payment(), jurisdictions)));
    }

    /** A station's instalments (years 1 and 2 at most), if the signed-in user may see the station's grants. */
    @PreAuthorize("hasAuthority('funding:read')")
    public List<InstalmentView> ofStation(long stationId) {
        DataScope scope = PlatformUser.current().scope();
        // at most two rows (Art. 7: years 1 and 2): one payment read each, the jurisdiction names read once
        Map<Long, String> names = payers.names();
        return store.readOfStation(stationId).stream().filter(r -> scope.covers(r.jurisdictionId(), r.hostUnitId()))
                .map(r -> view(r, store.livePayment(r.id()).orElse(null), names)).toList();
    }

    @PreAuthorize("hasAuthority('funding:read')")
    public InstalmentView get(long id) {
        return one(visible(id));
    }

    /** The instalment of a station's evaluation year, if one fell due. */
    @PreAuthorize("hasAuthority('funding:read')")
    public java.util.Optional<InstalmentView> of(long stationId, int year) {
        return store.of(stationId, year)
                .filter(r -> PlatformUser.current().scope().covers(r.jurisdictionId(), r.hostUnitId()))
                .map(this::one);
    }

    /**
     * Records the disbursement of the station's instalment for {@code year}; refused with the reason when the year
     * has no published passing result of the station's first or second year.
     */
    @Transactional
    @PreAuthorize("hasAuthority('funding:pay')")
    public PaymentView recordFor(long stationId, int year, PaymentCommand c, String idempotencyKey) {
        Long id = jdbc.sql("select id from grant_instalment where station_id = ? and year = ?").params(stationId, year)
                .query(Long.class).optional().orElse(null);
        if (id == null) {
            throw new BusinessRuleException(null, "funding.error.noPassingResult", String.valueOf(year));
        }
        return record(id, c, idempotencyKey);
    }

    /**
     * Records a disbursement of instalment {@code id}. Exactly once: the instalment row is locked, so concurrent
     * requests queue; a request repeating an {@code idempotencyKey} gets the payment it made; any other second
     * payment is a conflict (and the database's partial unique index stops it if this check were ever bypassed).
     */
    @Transactional
    @PreAuthorize("hasAuthority('funding:pay')")
    public PaymentView record(long id, PaymentCommand c, String idempotencyKey) {
        String key = idempotencyKey == null ? "" : idempotencyKey.strip();
        if (key.isEmpty() || key.length() > 100) {
            throw new BusinessRuleException(null, "funding.error.idempotencyKey");
        }
        InstalmentStore.Row i = store.lock(id).orElseThrow(() -> new NotFoundException("instalment", id));
        var repeated = store.paymentByKey(key);
        if (repeated.isPresent()) {
            if (repeated.get().instalmentId() != id) {
                throw ConflictException.of("funding.error.keyReused");
            }
            return repeated.get();
        }
        if (i.status() == InstalmentStatus.CANCELLED) {
            throw new BusinessRuleException(null, "funding.error.cancelled." + i.cancelCause(), String.valueOf(i.year()));
        }
        if (store.livePayment(id).isPresent()) {
            throw ConflictException.of("funding.error.alreadyPaid");
        }
        if (c.paidOn().isAfter(LocalDate.now(clock))) {
            throw new BusinessRuleException("paidOn", "funding.error.future");
        }
        if (c.amount().compareTo(i.amount()) != 0) {
            throw new BusinessRuleException("amount", "funding.error.amountNotDue", i.amount().toPlainString());
        }
        String payer = Payers.label(i.payerKind(), i.payerJurisdictionId() == null ? null
                : payers.names().get(i.payerJurisdictionId()));
        long paymentId;
        try {
            paymentId = jdbc.sql("""
                    insert into grant_payment (instalment_id, paid_on, amount, payer, document_number, bank_reference,
                                               idempotency_key, status, recorded_by, recorded_at)
                    values (?, ?, ?, ?, ?, ?, ?, 'AWAITING_APPROVAL', ?, ?) returning id""")
                    .params(id, Date.valueOf(c.paidOn()), c.amount(), payer, c.documentNumber().strip(),
                            c.bankReference().strip(), key, PlatformUser.current().getUsername(),
                            Timestamp.from(clock.instant()))
                    .query(Long.class).single();
        } catch (DuplicateKeyException e) {
            throw ConflictException.of("funding.error.alreadyPaid");
        }
        seals.seal(cn.quzhou.stations.shared.RecordSeals.Sealed.GRANT_PAYMENT, paymentId);
        audit.record(AuditRecord.success("grant.payment.record", "grant_instalment", id,
                c.amount().toPlainString() + " " + payer + " " + c.documentNumber()));
        notices.toApprove(PlatformUser.current().accountId(), id, i.stationName());
        counters.countOnCommit(BusinessCounters.PAYMENTS_RECORDED);
        return store.payment(paymentId).orElseThrow();
    }

    /** The second official approves: the instalment is paid and the money enters the station's funds ledger. */
    @Transactional
    @PreAuthorize("hasAuthority('funding:pay')")
    public PaymentView approve(long paymentId) {
        PaymentView p = store.payment(paymentId).orElseThrow(() -> new NotFoundException("payment", paymentId));
        InstalmentStore.Row i = store.lock(p.instalmentId()).orElseThrow();
        GrantPayment payment = payments.findById(paymentId).orElseThrow(); // as it stands now that the instalment is ours
        String me = PlatformUser.current().getUsername();
        payment.approve(me, clock.instant());
        instalments.move(i.id(), GrantInstalment::pay);
        payments.saveAndFlush(payment);
        ledgers.ensure(i.stationId(), i.hostUnitId(), i.jurisdictionId(), i.level(), i.names());
        ledgers.lock(i.stationId());
        ledgers.add(i.stationId(), new LedgerStore.NewEntry(EntryKind.RECEIPT, p.paidOn(), p.amount(), null, null,
                null, null, null, null, paymentId, null, null, me, clock.instant()));
        audit.record(AuditRecord.success("grant.payment.approve", "grant_instalment", i.id(),
                "payment #" + paymentId + " recorded by " + p.recordedBy()));
        notices.paid(i.hostUnitId(), i.stationId(), p.amount().toPlainString());
        return store.payment(paymentId).orElseThrow();
    }

    /** How many instalments are due with no disbursement recorded yet (the city CAST's to-do). */
    @PreAuthorize("hasAuthority('funding:pay')")
    public long dueUnpaid() {
        return jdbc.sql("""
                select count(*) from grant_instalment i where i.status = 'DUE'
                   and not exists (select 1 from grant_payment p where p.instalment_id = i.id and p.status <> 'WITHDRAWN')""")
                .query(Long.class).single();
    }

    /**
     * How many disbursements await a second official's approval (the city CAST's to-do); one of a cancelled
     * instalment cannot be approved and shows in the clawback or the reconciliation instead.
     */
    @PreAuthorize("hasAuthority('funding:pay')")
    public long awaitingApproval() {
        return jdbc.sql("""
                select count(*) from grant_payment p join grant_instalment i on i.id = p.instalment_id
                 where p.status = 'AWAITING_APPROVAL' and i.status = 'DUE'""").query(Long.class).single();
    }

    /** {@link #dueUnpaid} as a 待办 line in one statement: each instalment waits from its falling due (its creation). */
    @PreAuthorize("hasAuthority('funding:pay')")
    public TodoDeadlines.Waiting dueWaiting(LocalDate overdueBefore) {
        return FundingTodoSql.waiting(jdbc, "select (i.created_at at time zone 'Asia/Shanghai')::date as since"
                + " from grant_instalment i where i.status = 'DUE' and not exists (select 1 from grant_payment p"
                + " where p.instalment_id = i.id and p.status <> 'WITHDRAWN')", overdueBefore);
    }

    /** {@link #awaitingApproval} as a 待办 line in one statement: each waits from its recording. */
    @PreAuthorize("hasAuthority('funding:pay')")
    public TodoDeadlines.Waiting approvalWaiting(LocalDate overdueBefore) {
        return FundingTodoSql.waiting(jdbc, "select (p.recorded_at at time zone 'Asia/Shanghai')::date as since"
                + " from grant_payment p join grant_instalment i on i.id = p.instalment_id"
                + " where p.status = 'AWAITING_APPROVAL' and i.status = 'DUE'", overdueBefore);
    }

    private InstalmentStore.Row visible(long id) {
        InstalmentStore.Row r = store.find(id).orElseThrow(() -> new NotFoundException("instalment", id));
        if (!PlatformUser.current().scope().covers(r.jurisdictionId(), r.hostUnitId())) {
            throw new NotFoundException("instalment", id);
        }
        return r;
    }

    /** One instalment with its payment. */
    private InstalmentView one(InstalmentStore.Row r) {
        return view(r, store.livePayment(r.id()).orElse(null), payers.names());
    }

    /** A row as a view: the names are the copies beside it, jurisdictions named from the (small) lookup. */
    private static InstalmentView view(InstalmentStore.Row r, PaymentView payment, Map<Long, String> jurisdictions) {
        return new InstalmentView(r.id(), r.stationId(), r.stationName(), r.hostUnitId(), r.hostUnitName(),
                r.jurisdictionId(), jurisdictions.get(r.jurisdictionId()), r.level(), r.year(), r.stationYear(),
                r.amount(), Payers.label(r.payerKind(), r.payerJurisdictionId() == null ? null
                        : jurisdictions.get(r.payerJurisdictionId())),
                r.status(), r.cancelCause(), r.resultDocument(), payment,
                r.createdAt().atZone(Beijing.ZONE).toLocalDate());
    }
}
