package cn.quzhou.stations.application.internal;

import cn.quzhou.stations.shared.Beijing;
import cn.quzhou.stations.shared.SealedText;
import jakarta.persistence.Convert;

import cn.quzhou.stations.application.ApplicationDraft;
import cn.quzhou.stations.application.ApplicationIncompleteException;
import cn.quzhou.stations.application.ApplicationReviewed;
import cn.quzhou.stations.application.ApplicationStatus;
import cn.quzhou.stations.application.ExpertMember;
import cn.quzhou.stations.application.FieldProblem;
import cn.quzhou.stations.application.IllegalTransitionException;
import cn.quzhou.stations.application.ReviewDecision;
import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.UnitNature;
import cn.quzhou.stations.shared.BusinessRuleException;
import cn.quzhou.stations.shared.ConflictException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * 申请书 — the application aggregate. Its state machine is the route of Art. 5: every transition
 * checks the current step and the actor, appends an opinion box ({@link ReviewRecord}) and registers
 * an {@link ApplicationReviewed} event. There are no status setters.
 */
@Entity
@Table(name = "application")
public class Application extends AbstractAggregateRoot<Application> {


    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long hostUnitId;
    private long jurisdictionId;
    private boolean cityDirect;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus status = ApplicationStatus.DRAFT;
    @Enumerated(EnumType.STRING)
    private ApplicationStatus returnedFrom;
    private String stationName;
    private String legalRepresentative;
    private LocalDate applicationDate;
    private String unitName;
    private String address;
    private String postcode;
    private String contactName;
    private String contactTitle;
    @Convert(converter = SealedText.class)
    private String contactPhone;
    @Convert(converter = SealedText.class)
    private String contactMobile;
    @Convert(converter = SealedText.class)
    private String contactFax;
    @Convert(converter = SealedText.class)
    private String contactEmail;
    @Convert(converter = SealedText.class)
    private String contactIm;
    @Enumerated(EnumType.STRING)
    private UnitNature nature;
    private String natureOther;
    @Convert(converter = BusinessFieldsConverter.class)
    private Set<BusinessField> businessFields = new HashSet<>();
    private String businessFieldOther;
    @Enumerated(EnumType.STRING)
    private SocietyLevel level;
    private String unitOverview;
    private String industryOverview;
    private Long societyId;
    /** Copies of the unit's and the society's names (organisation's), for the list's search and sort; see ApplicationNameCopies. */
    private String hostUnitName;
    private String societyName;
    private String societyBranch;
    private String societyLegalRep;
    private String societyLegalRepTitle;
    @Convert(converter = SealedText.class)
    private String societyLegalRepMobile;
    private String societyAddress;
    private String societyPostcode;
    private String societyContact;
    private String societyContactTitle;
    @Convert(converter = SealedText.class)
    private String societyContactMobile;
    @Convert(converter = SealedText.class)
    private String societyPhoneFax;
    @Convert(converter = SealedText.class)
    private String societyQq;
    @Convert(converter = SealedText.class)
    private String societyEmail;
    @Convert(converter = SealedText.class)
    private String societyWechat;
    private String societyOverview;
    private String purposePlan;
    private LocalDate agreementSignedOn;
    private Integer cooperationYears;
    private String cooperationNote;
    private String responsibleName;
    private String responsibleTitle;
    @Convert(converter = SealedText.class)
    private String responsiblePhone;
    private boolean officeDeclared;
    private boolean fundingDeclared;
    private boolean rulesDeclared;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "application_expert", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "position")
    private List<ExpertRow> experts = new ArrayList<>();
    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
    @JoinColumn(name = "application_id", insertable = false, updatable = false)
    @OrderBy("seq")
    private List<ReviewRecord> reviews = new ArrayList<>();
    private boolean paper;
    private String enteredBy;
    private Instant submittedAt;
    @Version
    private int version;
    private Instant createdAt;
    private Instant updatedAt;

    protected Application() {
    }

    /** A new draft for a unit; {@code enteredBy} is set when staff enter a paper application for it. */
    public Application(long hostUnitId, long jurisdictionId, boolean cityDirect, ApplicationDraft draft,
                       String enteredBy, Instant now) {
        this.hostUnitId = hostUnitId;
        this.jurisdictionId = jurisdictionId;
        this.cityDirect = cityDirect;
        this.paper = enteredBy != null;
        this.enteredBy = enteredBy;
        this.createdAt = now;
        edit(draft, now);
    }

    /** Saves what was typed; allowed while the application is a draft or returned for amendment. */
    public final void edit(ApplicationDraft d, Instant now) {
        if (!status.editableByApplicant()) {
            throw new BusinessRuleException(null, "application.error.notEditable");
        }
        this.stationName = clean(d.stationName());
        this.legalRepresentative = clean(d.legalRepresentative());
        this.applicationDate = d.applicationDate();
        this.unitName = clean(d.unitName());
        this.address = clean(d.address());
        this.postcode = clean(d.postcode());
        this.contactName = clean(d.contactName());
        this.contactTitle = clean(d.contactTitle());
        this.contactPhone = clean(d.contactPhone());
        this.contactMobile = clean(d.contactMobile());
        this.contactFax = clean(d.contactFax());
        this.contactEmail = clean(d.contactEmail());
        this.contactIm = clean(d.contactIm());
        this.nature = d.nature();
        this.natureOther = clean(d.natureOther());
        this.businessFields = d.businessFields() == null ? new HashSet<>() : new HashSet<>(d.businessFields());
        this.businessFieldOther = clean(d.businessFieldOther());
        this.level = d.level();
        this.unitOverview = clean(d.unitOverview());
        this.industryOverview = clean(d.industryOverview());
        this.societyId = d.societyId();
        this.societyBranch = clean(d.societyBranch());
        this.societyLegalRep = clean(d.societyLegalRep());
        this.societyLegalRepTitle = clean(d.societyLegalRepTitle());
        this.societyLegalRepMobile = clean(d.societyLegalRepMobile());
        this.societyAddress = clean(d.societyAddress());
        this.societyPostcode = clean(d.societyPostcode());
        this.societyContact = clean(d.societyContact());
        this.societyContactTitle = clean(d.societyContactTitle());
        this.societyContactMobile = clean(d.societyContactMobile());
        this.societyPhoneFax = clean(d.societyPhoneFax());
        this.societyQq = clean(d.societyQq());
        this.societyEmail = clean(d.societyEmail());
        this.societyWechat = clean(d.societyWechat());
        this.societyOverview = clean(d.societyOverview());
        this.purposePlan = clean(d.purposePlan());
        this.agreementSignedOn = d.agreementSignedOn();
        this.cooperationYears = d.cooperationYears();
        this.cooperationNote = clean(d.cooperationNote());
        this.responsibleName = clean(d.responsibleName());
        this.responsibleTitle = clean(d.responsibleTitle());
        this.responsiblePhone = clean(d.responsiblePhone());
        this.officeDeclared = d.declaresOffice();
        this.fundingDeclared = d.declaresFunding();
        this.rulesDeclared = d.declaresRules();
        this.experts = new ArrayList<>(d.expertTeam().stream()
                .map(e -> new ExpertRow(clean(e.name()), clean(e.title()), clean(e.field()), clean(e.organisation()),
                        e.plannedDays()))
                .toList());
        this.updatedAt = now;
    }

    /** The unit's and the society's names as the organisation module holds them now (kept current by its rename events). */
    public void copyNames(String hostUnitName, String societyName) {
        this.hostUnitName = hostUnitName;
        this.societyName = societyId == null ? null : societyName;
    }

    public ApplicationDraft toDraft() {
        return new ApplicationDraft(stationName, legalRepresentative, applicationDate, unitName, address, postcode, contactName, contactTitle,
                contactPhone, contactMobile, contactFax, contactEmail, contactIm, nature, natureOther,
                businessFields.isEmpty() ? Set.of() : EnumSet.copyOf(businessFields), businessFieldOther,
                level, unitOverview, industryOverview, societyId, societyBranch, societyLegalRep,
                societyLegalRepTitle, societyLegalRepMobile, societyAddress, societyPostcode,
                societyContact, societyContactTitle, societyContactMobile, societyPhoneFax, societyQq,
                societyEmail, societyWechat, societyOverview, purposePlan, agreementSignedOn,
                cooperationYears, cooperationNote, responsibleName, responsibleTitle, responsiblePhone,
                officeDeclared, fundingDeclared, rulesDeclared,
                experts.stream().map(e -> new ExpertMember(e.getName(), e.getTitle(), e.getField(), e.getOrganisation(),
                        e.getPlannedDays())).toList());
    }

    /**
     * Submits the draft: checks it is complete and eligible (Art. 3), then routes it — a county unit
     * to its county CAST, a city-direct unit straight to the city CAST.
     */
    public void submit(Actor applicant, SocietyLevel societyLevel, boolean agreementAttached, int defaultCooperationYears,
                       Instant now) {
        if (status != ApplicationStatus.DRAFT) {
            throw new IllegalTransitionException(status, ReviewDecision.SUBMIT);
        }
        requireComplete(societyLevel, agreementAttached, defaultCooperationYears);
        ApplicationStatus first = cityDirect ? ApplicationStatus.CITY_CAST_REVIEW : ApplicationStatus.COUNTY_CAST_REVIEW;
        submittedAt = now;
        if (applicationDate == null) {
            applicationDate = Beijing.date(now);
        }
        move(first, ReviewDecision.SUBMIT, applicant, null, true, now);
    }

    /** Resubmits an application returned for amendment to the step that returned it. */
    public void resubmit(Actor applicant, SocietyLevel societyLevel, boolean agreementAttached, int defaultCooperationYears,
                         Instant now) {
        if (status != ApplicationStatus.RETURNED) {
            throw new IllegalTransitionException(status, ReviewDecision.RESUBMIT);
        }
        requireComplete(societyLevel, agreementAttached, defaultCooperationYears);
        ApplicationStatus back = returnedFrom;
        returnedFrom = null;
        move(back, ReviewDecision.RESUBMIT, applicant, null, true, now);
    }

    /**
     * 撤回: the unit takes its submitted application back as a draft to edit it again — only while it waits at the
     * first review step and nobody there has decided it. The opinion boxes keep the submission and record the 撤回.
     */
    public void withdraw(Actor applicant, Instant now) {
        if (!withdrawable()) {
            if (!status.active()) {
                throw new IllegalTransitionException(status, ReviewDecision.WITHDRAW);
            }
            throw ConflictException.of("application.error.withdrawAfterReview", ConflictException.label(status));
        }
        submittedAt = null; // a draft again: the next submission sets it anew
        move(ApplicationStatus.DRAFT, ReviewDecision.WITHDRAW, applicant, null, false, now);
    }

    /** Submitted and waiting at the first review step, which has not decided it yet (a return would have). */
    public boolean withdrawable() {
        ApplicationStatus first = cityDirect ? ApplicationStatus.CITY_CAST_REVIEW : ApplicationStatus.COUNTY_CAST_REVIEW;
        return status == first && reviews.stream().allMatch(r -> dutyOf(r.getStep(), r.getDecision()) == Role.APPLICANT);
    }

    /** Only a draft that was never submitted may be deleted; one with opinion boxes stays on record. */
    public void requireDeletable() {
        if (status != ApplicationStatus.DRAFT || !reviews.isEmpty()) {
            throw ConflictException.of("application.error.notDeletable");
        }
    }

    /** A reviewer's pass, return for amendment or rejection at the current step. */
    public void decide(Actor reviewer, ReviewDecision decision, String opinion, boolean sealConfirmed, Instant now) {
        Role role = status.reviewer();
        if (role == null || dutyOf(status, decision) == Role.APPLICANT) {
            throw new IllegalTransitionException(status, decision);
        }
        if (!reviewer.roles().contains(role)
                || status.countyStep() && (reviewer.jurisdictionId() == null || reviewer.jurisdictionId() != jurisdictionId)) {
            throw new BusinessRuleException(null, "application.error.notYourStep");
        }
        if (opinion == null || opinion.isBlank()) {
            throw new BusinessRuleException("opinion", "application.error.opinionRequired");
        }
        if (!sealConfirmed) {
            throw new BusinessRuleException("sealConfirmed", "application.error.sealRequired");
        }
        ApplicationStatus to = switch (decision) {
            case PASS -> status.next();
            case RETURN -> returnTarget();
            case REJECT -> ApplicationStatus.REJECTED;
            default -> throw new IllegalTransitionException(status, decision);
        };
        if (decision == ReviewDecision.RETURN && to == ApplicationStatus.RETURNED) {
            returnedFrom = status;
        }
        move(to, decision, reviewer, opinion.strip(), true, now);
    }

    /**
     * Where a return leads: back to the applicant for amendment — except at the city talent office's
     * review of the recommended list, which returns the application to the city CAST's list (RECOMMENDED).
     */
    private ApplicationStatus returnTarget() {
        return status == ApplicationStatus.CITY_TALENT_REVIEW ? ApplicationStatus.RECOMMENDED : ApplicationStatus.RETURNED;
    }

    /** 评审小组: the city CAST puts the application on the recommended list with the panel's result (PANEL_REVIEW → RECOMMENDED). */
    public void recommend(Actor cityCast, String panelResult, boolean sealConfirmed, Instant now) {
        panelStep(cityCast, ReviewDecision.PASS, panelResult, sealConfirmed, ApplicationStatus.PANEL_REVIEW);
        move(ApplicationStatus.RECOMMENDED, ReviewDecision.PASS, cityCast, panelResult.strip(), true, now);
    }

    /** The panel does not recommend it, or the city CAST withdraws it from the list: rejected with the reason. */
    public void notRecommend(Actor cityCast, String reason, boolean sealConfirmed, Instant now) {
        panelStep(cityCast, ReviewDecision.REJECT, reason, sealConfirmed, ApplicationStatus.PANEL_REVIEW,
                ApplicationStatus.RECOMMENDED);
        move(ApplicationStatus.REJECTED, ReviewDecision.REJECT, cityCast, reason.strip(), true, now);
    }

    /** The city CAST submits the recommended list to the city talent office (RECOMMENDED → CITY_TALENT_REVIEW). */
    public void forwardToTalentOffice(Actor cityCast, String opinion, boolean sealConfirmed, Instant now) {
        panelStep(cityCast, ReviewDecision.PASS, opinion, sealConfirmed, ApplicationStatus.RECOMMENDED);
        move(ApplicationStatus.CITY_TALENT_REVIEW, ReviewDecision.PASS, cityCast, opinion.strip(), true, now);
    }

    private void panelStep(Actor actor, ReviewDecision decision, String opinion, boolean sealConfirmed,
                           ApplicationStatus... allowed) {
        if (!java.util.Arrays.asList(allowed).contains(status)) {
            throw new IllegalTransitionException(status, decision);
        }
        if (!actor.roles().contains(Role.CITY_CAST)) {
            throw new BusinessRuleException(null, "application.error.notYourStep");
        }
        if (opinion == null || opinion.isBlank()) {
            throw new BusinessRuleException("opinion", "application.error.opinionRequired");
        }
        if (!sealConfirmed) {
            throw new BusinessRuleException("sealConfirmed", "application.error.sealRequired");
        }
    }

    private void move(ApplicationStatus to, ReviewDecision decision, Actor actor, String opinion, boolean seal,
                      Instant now) {
        if (id == null) {
            throw new IllegalStateException("save the draft before it moves");
        }
        ApplicationStatus from = status;
        requireSeparateDuties(from, decision, actor);
        reviews.add(new ReviewRecord(id, reviews.size() + 1, from, decision, actor, opinion, seal, now));
        status = to;
        updatedAt = now;
        registerEvent(new ApplicationReviewed(id, hostUnitId, jurisdictionId, from, decision, to));
    }

    /**
     * Separation of duties, belt and braces (issue #10 §3): whatever roles an account holds — even written into the
     * database around the role grant — one person acts on one duty of an application only (the submission, the
     * county CAST's, the county talent office's, the city CAST's, the city talent office's step; the same office may
     * decide again after a return), and nobody reviews the application of the unit their account belongs to. Checked
     * against the acting account id recorded in every opinion box.
     */
    private void requireSeparateDuties(ApplicationStatus step, ReviewDecision decision, Actor actor) {
        Role duty = dutyOf(step, decision);
        if (duty != Role.APPLICANT && actor.hostUnitId() != null && actor.hostUnitId() == hostUnitId) {
            throw new BusinessRuleException(null, "application.error.ownUnit");
        }
        if (duty == null) {
            return;
        }
        for (ReviewRecord r : reviews) {
            Role earlier = dutyOf(r.getStep(), r.getDecision());
            if (r.getReviewerId() == actor.accountId() && earlier != null && earlier != duty) {
                throw new BusinessRuleException(null, "application.error.twoSteps");
            }
        }
    }

    /** Whose duty a step is; null for the public-notice outcomes, which the joint document settles. */
    static Role dutyOf(ApplicationStatus step, ReviewDecision decision) {
        if (decision == ReviewDecision.SUBMIT || decision == ReviewDecision.RESUBMIT
                || decision == ReviewDecision.WITHDRAW) {
            return Role.APPLICANT;
        }
        return switch (step) {
            case COUNTY_CAST_REVIEW -> Role.COUNTY_CAST;
            case COUNTY_TALENT_RECOGNITION -> Role.COUNTY_TALENT;
            case CITY_CAST_REVIEW, PANEL_REVIEW, RECOMMENDED -> Role.CITY_CAST;
            case CITY_TALENT_REVIEW -> Role.CITY_TALENT;
            default -> null;
        };
    }

    private void requireComplete(SocietyLevel societyLevel, boolean agreementAttached, int defaultCooperationYears) {
        List<FieldProblem> problems = new Completeness(toDraft(), societyLevel, agreementAttached,
                defaultCooperationYears).problems();
        if (!problems.isEmpty()) {
            throw new ApplicationIncompleteException(problems);
        }
    }

    private static String clean(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * 公示期间异议成立: the city CAST upholds an objection and the application fails. The opinion box
     * records the step PUBLIC_NOTICE, a rejection and the reason.
     */
    public void failOnObjection(Actor cityCast, String reason, Instant now) {
        if (status != ApplicationStatus.PUBLIC_NOTICE) {
            throw new IllegalTransitionException(status, ReviewDecision.REJECT);
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("reason", "application.error.opinionRequired");
        }
        move(ApplicationStatus.FAILED, ReviewDecision.REJECT, cityCast, reason.strip(), true, now);
    }

    /**
     * 联合发文认定: the joint document recognises the application (opinion box: PUBLIC_NOTICE, pass,
     * the document's number) and {@link cn.quzhou.stations.application.StationRecognised} is published. An agreement
     * that states no period runs the period the policy in force gives "in principle" (Art. 3(2)).
     */
    public void recognise(Actor issuers, String documentNumber, LocalDate issuedOn, int defaultCooperationYears,
                          Instant now) {
        if (status != ApplicationStatus.PUBLIC_NOTICE) {
            throw new IllegalTransitionException(status, ReviewDecision.PASS);
        }
        move(ApplicationStatus.RECOGNISED, ReviewDecision.PASS, issuers, documentNumber, true, now);
        registerEvent(new cn.quzhou.stations.application.StationRecognised(id, hostUnitId, jurisdictionId,
                societyId == null ? 0 : societyId, societyBranch, level, agreementSignedOn,
                cooperationYears == null ? defaultCooperationYears : cooperationYears, responsibleName, responsibleTitle,
                toDraft().expertTeam(), stationName, documentNumber, issuedOn));
    }

    public java.util.Set<BusinessField> getBusinessFields() { return java.util.Set.copyOf(businessFields); }
    public String getBusinessFieldOther() { return businessFieldOther; }

    public Long getId() { return id; }
    public long getHostUnitId() { return hostUnitId; }
    public long getJurisdictionId() { return jurisdictionId; }
    public boolean isCityDirect() { return cityDirect; }
    public ApplicationStatus getStatus() { return status; }
    public ApplicationStatus getReturnedFrom() { return returnedFrom; }
    public Long getSocietyId() { return societyId; }
    public String getStationName() { return stationName; }
    public String getUnitName() { return unitName; }
    public SocietyLevel getLevel() { return level; }
    public List<ReviewRecord> getReviews() { return List.copyOf(reviews); }
    public boolean isPaper() { return paper; }
    public String getEnteredBy() { return enteredBy; }
    public Instant getSubmittedAt() { return submittedAt; }
    public int getVersion() { return version; }
    public Instant getUpdatedAt() { return updatedAt; }
}
