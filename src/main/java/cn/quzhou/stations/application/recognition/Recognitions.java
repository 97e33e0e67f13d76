package cn.quzhou.stations.application.recognition;

import cn.quzhou.stations.application.AlreadyHandledException;
import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.OfficeSeals;
import cn.quzhou.stations.shared.RecordSeals;
import cn.quzhou.stations.application.internal.Actor;
import cn.quzhou.stations.application.internal.Application;
import cn.quzhou.stations.application.internal.ApplicationPolicies;
import cn.quzhou.stations.application.internal.ApplicationRepository;
import cn.quzhou.stations.application.notice.NoticeStation;
import cn.quzhou.stations.application.notice.ObjectionStatus;
import cn.quzhou.stations.application.notice.PublicNotices;
import cn.quzhou.stations.application.notice.internal.NoticeItem;
import cn.quzhou.stations.application.notice.internal.ObjectionRepository;
import cn.quzhou.stations.application.notice.internal.PublicNotice;
import cn.quzhou.stations.application.notice.internal.PublicNoticeRepository;
import cn.quzhou.stations.application.recognition.internal.JointRecognition;
import cn.quzhou.stations.application.recognition.internal.JointRecognitionRepository;
import cn.quzhou.stations.application.recognition.internal.RecognisedStation;
import cn.quzhou.stations.application.recognition.internal.Recognition;
import cn.quzhou.stations.application.recognition.internal.RecognitionRepository;
import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditRecord;
import cn.quzhou.stations.documents.DocumentNumbers;
import cn.quzhou.stations.documents.FileKind;
import cn.quzhou.stations.documents.PdfRenderer;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import cn.quzhou.stations.shared.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 联合发文认定 (Art. 5(3)): once a notice has ended with every objection resolved, the city CAST
 * prepares one joint document of 市委人才办 and 市科协 for it and the city talent office confirms it (or
 * returns it) — the city CAST alone cannot issue it ({@link JointRecognition}). Its number comes from a gapless counter per
 * year (a row locked and incremented in the same transaction, so a rolled-back attempt gives its
 * number back). Art. 3(6): a station whose society already has a recognised station, or a second
 * station of the same society in the batch, cannot be recognised.
 */
@Service
@Transactional(readOnly = true)
public class Recognitions {

    static final String DEFAULT_TITLE = "关于认定衢州市全国（省级）学会服务站的通知";

    private final RecordSeals seals;
    private final ApplicationPolicies policies;
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
    private final JointRecognitionRepository joints;
    private final OfficeSeals officeSeals;

    Recognitions(ApplicationRepository applications, PublicNoticeRepository notices, ObjectionRepository objections,
                 RecognitionRepository recognitions, PublicNotices publicNotices, PdfRenderer pdf, AuditLog audit, JdbcClient jdbc, Clock clock,
                 DocumentNumbers numbers, RecordSeals seals, JointRecognitionRepository joints,
                 OfficeSeals officeSeals, ApplicationPolicies policies) {
        this.policies = policies;
        this.joints = joints;
        this.officeSeals = officeSeals;
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

    /**
     * The city CAST prepares the joint document (first time, or again after the talent office returned it): the
     * stations, title and date are checked as for issuing, but no number is taken and nothing is recognised yet.
     */
    @Transactional
    @PreAuthorize("hasAuthority('notice:manage')")
    public JointRecognitionView prepare(long noticeId, RecogniseCommand c) {
        PublicNotice notice = lockedNotice(noticeId);
        JointRecognition joint = joints.findByNoticeId(noticeId).orElse(null);
        if (joint != null) {
            joint.expect(JointRecognitionStatus.Step.PREPARE);
        }
        List<Long> wanted = c.applicationIds() == null || c.applicationIds().isEmpty() ? null
                : List.copyOf(new LinkedHashSet<>(c.applicationIds()));
        List<RecognitionPreview.Candidate> chosen = chosen(notice, wanted);
        if (c.issuedOn() != null && !c.issuedOn().isAfter(notice.getEndDate())) {
            throw new BusinessRuleException("issuedOn", "notice.error.issuedBeforeEnd");
        }
        JointRecognition.Draft draft = new JointRecognition.Draft(
                c.title() == null || c.title().isBlank() ? DEFAULT_TITLE : c.title().strip(), c.issuedOn(),
                chosen.stream().map(x -> x.station().applicationId()).toList());
        if (joint == null) {
            joint = new JointRecognition(noticeId, draft, signer(Role.CITY_CAST), clock.instant());
        } else {
            joint.prepareAgain(draft, signer(Role.CITY_CAST), clock.instant());
        }
        joint = saveJoint(joint);
        audit.record(AuditRecord.success("notice.recognition.prepare", "joint_recognition", joint.getId(),
                "notice " + noticeId + ": applications " + draft.applicationIds()));
        return jointView(joint);
    }

    /** {@link #confirm} answered with the issued document as {@link #get} reads it, in the same transaction. */
    @Transactional
    @PreAuthorize("hasAuthority('notice:confirm')")
    public RecognitionView confirmAnswered(long noticeId, ConfirmRecognitionCommand c) {
        return get(confirm(noticeId, c));
    }

    /**
     * The city talent office confirms the prepared document: only now is it numbered and issued and are its stations
     * recognised. Everything is checked again (the notice may have changed since it was prepared); 409 when it
     * cannot happen now. Returns the issued document's id.
     */
    @Transactional
    @PreAuthorize("hasAuthority('notice:confirm')")
    public long confirm(long noticeId, ConfirmRecognitionCommand c) {
        PublicNotice notice = lockedNotice(noticeId);
        JointRecognition joint = prepared(noticeId, c.version());
        joint.expect(JointRecognitionStatus.Step.CONFIRM);
        List<RecognitionPreview.Candidate> chosen = chosen(notice, joint.getApplicationIds());
        LocalDate issuedOn = joint.getIssuedOn() != null ? joint.getIssuedOn() : publicNotices.today();
        if (!issuedOn.isAfter(notice.getEndDate())) {
            throw new BusinessRuleException("issuedOn", "notice.error.issuedBeforeEnd");
        }
        Recognition recognition = issue(notice, joint, chosen, issuedOn);
        joint.confirm(signer(Role.CITY_TALENT), recognition.getId(), clock.instant());
        saveJoint(joint);
        return recognition.getId();
    }

    /** The city talent office returns the prepared document to the city CAST with its reason; nothing is numbered. */
    @Transactional
    @PreAuthorize("hasAuthority('notice:confirm')")
    public JointRecognitionView returnToCast(long noticeId, ReturnRecognitionCommand c) {
        lockedNotice(noticeId);
        JointRecognition joint = prepared(noticeId, c.version());
        joint.returnToCast(c.reason(), signer(Role.CITY_TALENT), clock.instant());
        joint = saveJoint(joint);
        audit.record(AuditRecord.success("notice.recognition.return", "joint_recognition", joint.getId(),
                "notice " + noticeId + ": " + joint.getReturnReason()));
        return jointView(joint);
    }

    /** The notice's joint document on its way between the offices, if the city CAST prepared one. */
    @PreAuthorize("hasAuthority('notice:read')")
    public Optional<JointRecognitionView> joint(long noticeId) {
        return joints.findByNoticeId(noticeId).map(this::jointView);
    }


    private Recognition issue(PublicNotice notice, JointRecognition joint, List<RecognitionPreview.Candidate> chosen,
                              LocalDate issuedOn) {
        int year = issuedOn.getYear();
        DocumentNumbers.DocumentNumber issued = numbers.next(year);
        String number = issued.text();
        PlatformUser me = PlatformUser.current();
        Actor issuers = new Actor(me.accountId(), me.displayName(), publicNotices.office("notice.office.joint"),
                me.roles(), me.jurisdictionId(), null, me.hostUnitId());
        List<RecognisedStation> lines = new ArrayList<>();
        List<Application> recognised = new ArrayList<>();
        for (RecognitionPreview.Candidate candidate : chosen) {
            NoticeStation s = candidate.station();
            Application a = applications.findById(s.applicationId()).orElseThrow();
            a.recognise(issuers, number, issuedOn, policies.defaultCooperationYears(issuedOn), clock.instant());
            recognised.add(a);
            lines.add(new RecognisedStation(a.getId(), a.getStationName(), a.getLevel(), s.unitName(), s.societyName()));
        }
        Recognition recognition;
        try {
            recognition = recognitions.saveAndFlush(new Recognition(notice.getId(), year, issued.seq(), number,
                    joint.getTitle(), issuedOn, lines, me.getUsername(), clock.instant()));
            recognised.forEach(applications::saveAndFlush);
            seals.seal(RecordSeals.Sealed.RECOGNITION, recognition.getId());
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new AlreadyHandledException();
        }
        // the applicants are told by HandOverMessages (the transition to RECOGNISED)
        audit.record(AuditRecord.success("notice.recognise", "recognition", recognition.getId(),
                number + ": applications " + recognised.stream().map(Application::getId).toList()
                        + ", prepared by " + joint.getPreparedBy() + ", confirmed by " + me.getUsername()));
        return recognition;
    }

    /**
     * The stations that would be recognised now: {@code wanted} (each must be eligible) or, when null, every eligible
     * one of the notice. Serialises recognitions of the same society (Art. 3(6) across notices).
     */
    private List<RecognitionPreview.Candidate> chosen(PublicNotice notice, List<Long> wanted) {
        if (wanted != null) {
            for (Long id : wanted) {
                if (!notice.lists(id)) {
                    throw new BusinessRuleException("applicationIds", "notice.error.noSuchStation");
                }
            }
        }
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
        return chosen;
    }

    /** The notice, its row locked until this transaction ends: one step of its recognition at a time. */
    private PublicNotice lockedNotice(long noticeId) {
        PublicNotice notice = notices.findById(noticeId).orElseThrow(() -> new NotFoundException("notice", noticeId));
        jdbc.sql("select id from public_notice where id = ? for update").param(noticeId).query(Long.class).single();
        return notice;
    }

    private JointRecognition prepared(long noticeId, Integer version) {
        JointRecognition joint = joints.findByNoticeId(noticeId)
                .orElseThrow(() -> ConflictException.of("notice.joint.error.notPrepared"));
        joint.expectVersion(version);
        return joint;
    }

    private JointRecognition saveJoint(JointRecognition joint) {
        try {
            return joints.saveAndFlush(joint);
        } catch (OptimisticLockingFailureException | DataIntegrityViolationException e) {
            throw new AlreadyHandledException();
        }
    }

    /** The signed-in user acting for {@code office}, with that office's seal as it is now. */
    private JointRecognition.Signer signer(Role office) {
        PlatformUser me = PlatformUser.current();
        return new JointRecognition.Signer(me.getUsername(), me.displayName(), officeSeals.sealFor(office, 0).orElse(null));
    }

    private String sealImage(java.util.UUID file) {
        if (file == null) {
            return null;
        }
        byte[] image = officeSeals.image(file);
        return FileKind.detect(image).map(kind -> PdfRenderer.dataUri(image, kind)).orElse(null);
    }

    private JointRecognitionView jointView(JointRecognition j) {
        PublicNotice notice = notice(j.getNoticeId());
        List<JointRecognitionView.Station> stations = j.getApplicationIds().stream()
                .map(id -> new JointRecognitionView.Station(id, notice.getItems().stream()
                        .filter(i -> i.getApplicationId() == id).map(NoticeItem::getStationName)
                        .findFirst().orElse(""))).toList();
        return new JointRecognitionView(j.getId(), j.getNoticeId(), j.getStatus(), j.getTitle(), j.getIssuedOn(),
                stations, confirmation(j.getPreparedByName(), j.getPreparedAt()),
                confirmation(j.getConfirmedByName(), j.getConfirmedAt()),
                confirmation(j.getReturnedByName(), j.getReturnedAt()), j.getReturnReason(), j.getRecognitionId(),
                j.getVersion());
    }

    private static RecognitionView.Confirmation confirmation(String name, Instant at) {
        return at == null ? null : new RecognitionView.Confirmation(name, at);
    }

    @PreAuthorize("hasAuthority('notice:read')")
    public RecognitionView get(long id) {
        return view(recognitions.findById(id).orElseThrow(() -> new NotFoundException("recognition", id)));
    }

    @PreAuthorize("hasAuthority('notice:read')")
    public List<RecognitionView> list() {
        return recognitions.findAllByOrderByIdDesc().stream().map(this::view).toList();
    }

    /** The joint document as a PDF. */
    @PreAuthorize("hasAuthority('notice:read')")
    public byte[] pdf(long id) {
        RecognitionView doc = get(id);
        Map<String, Object> model = new HashMap<>(Map.of("doc", doc));
        // each office's seal as it was when it acted (none on a document issued before the joint confirmation)
        joints.findByRecognitionId(id).ifPresent(j -> {
            model.put("castSeal", sealImage(j.getPreparedSeal()));
            model.put("talentSeal", sealImage(j.getConfirmedSeal()));
        });
        return pdf.renderOfficial("application/notice/recognition-pdf", model);
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
     * Art. 3(6) (the {@code aheadOrRecognised} conflict of
     * {@link cn.quzhou.stations.application.SocietyConflict}): another application
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

    private RecognitionView view(Recognition r) {
        JointRecognition joint = joints.findByRecognitionId(r.getId()).orElse(null);
        return new RecognitionView(r.getId(), r.getNoticeId(), r.getNumber(), r.getTitle(), r.getIssuedOn(),
                r.getIssuedBy(), r.getIssuedAt(), r.getStations().stream()
                .map(s -> new RecognitionView.Line(s.getApplicationId(), s.getStationName(), s.getLevel(),
                        s.getUnitName(), s.getSocietyName())).toList(),
                joint == null ? null : confirmation(joint.getPreparedByName(), joint.getPreparedAt()),
                joint == null ? null : confirmation(joint.getConfirmedByName(), joint.getConfirmedAt()));
    }
}
