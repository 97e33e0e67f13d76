package cn.quzhou.stations.application;

import cn.quzhou.stations.shared.RecordSeals;
import cn.quzhou.stations.application.internal.Actor;
import cn.quzhou.stations.application.internal.Application;
import cn.quzhou.stations.application.internal.ApplicationRepository;
import cn.quzhou.stations.application.internal.NoticeItem;
import cn.quzhou.stations.application.internal.ObjectionRepository;
import cn.quzhou.stations.application.internal.PublicNotice;
import cn.quzhou.stations.application.internal.PublicNoticeRepository;
import cn.quzhou.stations.application.internal.RecognisedStation;
import cn.quzhou.stations.application.internal.Recognition;
import cn.quzhou.stations.application.internal.RecognitionRepository;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.documents.DocumentNumbers;
import cn.quzhou.stations.documents.PdfRenderer;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.NotFoundException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 联合发文认定 (Art. 5(3)): once a notice has ended with every objection resolved, the city CAST
 * issues one joint document of 市委人才办 and 市科协 for it. Its number comes from a gapless counter per
 * year (a row locked and incremented in the same transaction, so a rolled-back attempt gives its
 * number back). Art. 3(6): a station whose society already has a recognised station, or a second
 * station of the same society in the batch, cannot be recognised.
 */
@Service
@Transactional(readOnly = true)
public class Recognitions {

    static final String DEFAULT_TITLE = "关于认定衢州市全国（省级）学会服务站的通知";

    private final RecordSeals seals;
    private final ApplicationRepository applications;
    private final PublicNoticeRepository notices;
    private final ObjectionRepository objections;
    private final RecognitionRepository recognitions;
    private final PublicNotices publicNotices;
    private final PdfRenderer pdf;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final DocumentNumbers numbers;

    Recognitions(ApplicationRepository applications, PublicNoticeRepository notices, ObjectionRepository objections,
                 RecognitionRepository recognitions, PublicNotices publicNotices, PdfRenderer pdf, AuditLog audit, JdbcClient jdbc, Clock clock,
                 DocumentNumbers numbers, RecordSeals seals) {
        this.seals = seals;
        this.applications = applications;
        this.notices = notices;
        this.objections = objections;
        this.recognitions = recognitions;
        this.publicNotices = publicNotices;
        this.pdf = pdf;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
        this.numbers = numbers;
    }

    @PreAuthorize("hasAuthority('notice:read')")
    public RecognitionPreview preview(long noticeId) {
        PublicNotice notice = notice(noticeId);
        return preview(notice, notice.getItems().stream().map(NoticeItem::getApplicationId).toList());
    }

    /** Issues the joint document and recognises its stations; 409 (ConflictException) when it cannot happen now. */
    /** {@link #recognise} answered with the joint document as {@link #get} reads it, in the same transaction. */
    @Transactional
    @PreAuthorize("hasAuthority('notice:manage')")
    public RecognitionView recogniseAnswered(long noticeId, RecogniseCommand c) {
        return get(recognise(noticeId, c));
    }

    @Transactional
    @PreAuthorize("hasAuthority('notice:manage')")
    public long recognise(long noticeId, RecogniseCommand c) {
        PublicNotice notice = notices.findById(noticeId).orElseThrow(() -> new NotFoundException("notice", noticeId));
        // one recognition of a notice at a time: the notice row is locked until this transaction ends
        jdbc.sql("select id from public_notice where id = ? for update").param(noticeId).query(Long.class).single();
        List<Long> wanted = c.applicationIds() == null || c.applicationIds().isEmpty() ? null
                : List.copyOf(new LinkedHashSet<>(c.applicationIds()));
        if (wanted != null) {
            for (Long id : wanted) {
                if (!notice.lists(id)) {
                    throw new BusinessRuleException("applicationIds", "notice.error.noSuchStation");
                }
            }
        }
        // Art. 3(6) across notices: serialise recognitions of the same society
        notice.getItems().stream().map(i -> applications.findById(i.getApplicationId()).orElseThrow().getSocietyId())
                .filter(Objects::nonNull).distinct().sorted()
                .forEach(s -> jdbc.sql("select 1 from (select pg_advisory_xact_lock(?, ?)) l").param(36)
                        .param(s.intValue()).query(Integer.class).single());
        RecognitionPreview preview = preview(notice, wanted != null ? wanted
                : notice.getItems().stream().map(NoticeItem::getApplicationId).toList());
        if (!preview.blockers().isEmpty()) {
            RecognitionPreview.Blocker b = preview.blockers().get(0);
            throw ConflictException.of(b.messageKey(), b.argument());
        }
        List<RecognitionPreview.Candidate> chosen = new ArrayList<>();
        for (RecognitionPreview.Candidate candidate : preview.stations()) {
            if (candidate.eligible()) {
                chosen.add(candidate);
            } else if (wanted != null) {
                throw ConflictException.of(candidate.reasonKey(), candidate.reasonArgument());
            }
        }
        if (chosen.isEmpty()) {
            throw ConflictException.of("notice.error.nothingToRecognise");
        }
        LocalDate issuedOn = c.issuedOn() != null ? c.issuedOn() : publicNotices.today();
        if (!issuedOn.isAfter(notice.getEndDate())) {
            throw new BusinessRuleException("issuedOn", "notice.error.issuedBeforeEnd");
        }
        int year = issuedOn.getYear();
        DocumentNumbers.DocumentNumber issued = numbers.next(year);
        int seq = issued.seq();
        String number = issued.text();
        String title = c.title() == null || c.title().isBlank() ? DEFAULT_TITLE : c.title().strip();
        PlatformUser me = PlatformUser.current();
        Actor issuers = new Actor(me.accountId(), me.displayName(), publicNotices.office("notice.office.joint"),
                me.roles(), me.jurisdictionId(), null, me.hostUnitId());
        List<RecognisedStation> lines = new ArrayList<>();
        List<Application> recognised = new ArrayList<>();
        for (RecognitionPreview.Candidate candidate : chosen) {
            NoticeStation s = candidate.station();
            Application a = applications.findById(s.applicationId()).orElseThrow();
            a.recognise(issuers, number, issuedOn, clock.instant());
            recognised.add(a);
            lines.add(new RecognisedStation(a.getId(), a.getStationName(), a.getLevel(), s.unitName(), s.societyName()));
        }
        Recognition recognition;
        try {
            recognition = recognitions.saveAndFlush(new Recognition(noticeId, year, seq, number, title, issuedOn, lines,
                    me.getUsername(), clock.instant()));
            recognised.forEach(applications::saveAndFlush);
            seals.seal(RecordSeals.Sealed.RECOGNITION, recognition.getId());
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new AlreadyHandledException();
        }
        // the applicants are told by HandOverMessages (the transition to RECOGNISED)
        audit.record(AuditRecord.success("notice.recognise", "recognition", recognition.getId(),
                number + ": applications " + recognised.stream().map(Application::getId).toList()));
        return recognition.getId();
    }

    @PreAuthorize("hasAuthority('notice:read')")
    public RecognitionView get(long id) {
        return view(recognitions.findById(id).orElseThrow(() -> new NotFoundException("recognition", id)));
    }

    @PreAuthorize("hasAuthority('notice:read')")
    public List<RecognitionView> list() {
        return recognitions.findAllByOrderByIdDesc().stream().map(Recognitions::view).toList();
    }

    /** The joint document as a PDF. */
    @PreAuthorize("hasAuthority('notice:read')")
    public byte[] pdf(long id) {
        RecognitionView doc = get(id);
        return pdf.renderOfficial("application/notice/recognition-pdf", Map.of("doc", doc));
    }

    private RecognitionPreview preview(PublicNotice notice, List<Long> ids) {
        List<RecognitionPreview.Blocker> blockers = new ArrayList<>();
        LocalDate today = publicNotices.today();
        if (recognitions.findByNoticeId(notice.getId()).isPresent()) {
            blockers.add(new RecognitionPreview.Blocker("notice.error.alreadyRecognised", null));
        }
        if (!today.isAfter(notice.getEndDate())) {
            blockers.add(new RecognitionPreview.Blocker("notice.error.notEnded", notice.getEndDate().toString()));
        }
        long open = objections.countByNoticeIdAndStatus(notice.getId(), ObjectionStatus.OPEN);
        if (open > 0) {
            blockers.add(new RecognitionPreview.Blocker("notice.error.openObjections", String.valueOf(open)));
        }
        Map<Long, String> batchSocieties = new HashMap<>();
        List<RecognitionPreview.Candidate> stations = new ArrayList<>();
        for (NoticeItem item : notice.getItems()) {
            if (!ids.contains(item.getApplicationId())) {
                continue;
            }
            Application a = applications.findById(item.getApplicationId()).orElseThrow();
            NoticeStation station = PublicNotices.station(item, a.getStatus());
            if (a.getStatus() != ApplicationStatus.PUBLIC_NOTICE) {
                stations.add(new RecognitionPreview.Candidate(station, false, "notice.error.notInNotice",
                        a.getStatus().name()));
                continue;
            }
            String blocker = a.getSocietyId() == null ? null : societyBlocker(a, batchSocieties);
            if (blocker != null) {
                stations.add(new RecognitionPreview.Candidate(station, false, "notice.error.societyConflict", blocker));
                continue;
            }
            if (a.getSocietyId() != null) {
                batchSocieties.put(a.getSocietyId(), a.getStationName());
            }
            stations.add(new RecognitionPreview.Candidate(station, true, null, null));
        }
        return new RecognitionPreview(notice.getId(), blockers, stations);
    }

    /**
     * Art. 3(6) (the {@code aheadOrRecognised} conflict of {@link SocietyConflict}): another application
     * of the same society that is recognised, or further along than PUBLIC_NOTICE, or one taken
     * earlier in this batch. Returns that station's name, or null.
     */
    private String societyBlocker(Application a, Map<Long, String> batchSocieties) {
        if (batchSocieties.containsKey(a.getSocietyId())) {
            return String.valueOf(batchSocieties.get(a.getSocietyId()));
        }
        return applications.findBySocietyIdAndIdNot(a.getSocietyId(), a.getId()).stream()
                .filter(o -> o.getStatus() == ApplicationStatus.RECOGNISED)
                .map(o -> String.valueOf(o.getStationName())).findFirst().orElse(null);
    }

    private PublicNotice notice(long id) {
        return notices.findById(id).orElseThrow(() -> new NotFoundException("notice", id));
    }

    private static RecognitionView view(Recognition r) {
        return new RecognitionView(r.getId(), r.getNoticeId(), r.getNumber(), r.getTitle(), r.getIssuedOn(),
                r.getIssuedBy(), r.getIssuedAt(), r.getStations().stream()
                .map(s -> new RecognitionView.Line(s.getApplicationId(), s.getStationName(), s.getLevel(),
                        s.getUnitName(), s.getSocietyName())).toList());
    }
}
