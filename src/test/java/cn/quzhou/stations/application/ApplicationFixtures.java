package cn.quzhou.stations.application;

import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyCommand;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.UnitNature;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.organisation.internal.AccountProvisioning;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.organisation.internal.SocietyRepository;
import cn.quzhou.stations.testsupport.World;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Applications in every state the tests need, made through the facade as the people who would make them. */
@Component
public class ApplicationFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final World world;
    private final Applications applications;
    private final SocietyRepository societies;
    private final AccountProvisioning provisioning;
    private final UserDetailsService users;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private String cityApplicant;
    private String otherCountyCast;

    ApplicationFixtures(World world, Applications applications, SocietyRepository societies,
                        AccountProvisioning provisioning, UserDetailsService users, JdbcClient jdbc, TransactionTemplate tx) {
        this.world = world;
        this.applications = applications;
        this.societies = societies;
        this.provisioning = provisioning;
        this.users = users;
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** A society of its own, so that Art. 3(6) flags only where a test wants it. */
    public Society newSociety(SocietyLevel level) {
        return societies.save(new Society(new SocietyCommand("测试学会" + SEQ.incrementAndGet(), level, null, null, null)));
    }

    public ApplicationDraft completeDraft(String stationName, Society society) {
        return new ApplicationDraft(stationName, "张法人", null, "测试单位", "衢州市某路1号", "324000", "李联系", "主任",
                "0570-1234567", "13800000000", null, "li@example.org", null, UnitNature.ENTERPRISE, null,
                Set.of(BusinessField.CHEMICAL), null, society.getLevel(), "单位基本情况", "服务产业基本情况",
                society.getId(), null, "王会长", "理事长", "13900000000", "北京市", "100000", "赵联络", "秘书长",
                "13700000000", null, null, null, null, "学会业务领域", "建站目的与工作计划", LocalDate.of(2026, 3, 1), 3,
                null, "钱负责", "站长", "13600000000", true, true, true,
                List.of(new ExpertMember("孙专家", "教授", "化工材料", "某大学", 40)));
    }

    /** Uploads a signed co-building agreement (a real PDF) as whoever may edit the application. */
    public void attachAgreement(long applicationId, PlatformUser editor) {
        as(editor, () -> applications.attach(applicationId, AttachmentKind.AGREEMENT, "共建协议.pdf",
                new java.io.ByteArrayInputStream(cn.quzhou.stations.documents.TestFiles.pdf())));
    }

    /** A submitted application of the world's 江山 unit, at county CAST review. */
    public long submittedHome(String stationName, Society society) {
        return submitted(world.user(Role.APPLICANT), stationName, society);
    }

    /** A submitted application of the world's city-direct unit, at city CAST review. */
    public long submittedCityDirect(String stationName, Society society) {
        return submitted(cityApplicant(), stationName, society);
    }

    /** A complete draft of {@code applicant}'s unit with a new national society, not yet submitted. */
    public long draft(PlatformUser applicant, String stationName) {
        Society society = newSociety(SocietyLevel.NATIONAL);
        return as(applicant, () -> applications.startDraft(completeDraft(stationName, society)));
    }

    public long submitted(PlatformUser applicant, String stationName, Society society) {
        long id = as(applicant, () -> applications.startDraft(completeDraft(stationName, society)));
        attachAgreement(id, applicant);
        as(applicant, () -> {
            applications.submit(id, 0);
            return null;
        });
        return id;
    }

    public PlatformUser cityApplicant() {
        world.ensure();
        if (cityApplicant == null) {
            cityApplicant = account("t-city-applicant", world.cityUnit.getId(), null, Role.APPLICANT);
        }
        return (PlatformUser) users.loadUserByUsername(cityApplicant);
    }

    public PlatformUser otherCountyCast() {
        world.ensure();
        if (otherCountyCast == null) {
            otherCountyCast = account("t-kc-county-cast", null, world.otherJurisdiction, Role.COUNTY_CAST);
        }
        return (PlatformUser) users.loadUserByUsername(otherCountyCast);
    }

    /** The version an application is at now (what a reviewer who just opened it would send back). */
    public int version(long applicationId) {
        return jdbc.sql("select version from application where id = ?").param(applicationId).query(Integer.class).single();
    }

    public static ReviewCommand pass(int version) {
        return new ReviewCommand(ReviewDecision.PASS, "同意推荐。", true, version);
    }

    public static ReviewCommand returnForAmendment(int version) {
        return new ReviewCommand(ReviewDecision.RETURN, "请补充专家团队在站计划。", true, version);
    }

    private String account(String username, Long unitId, Long jurisdictionId, Role role) {
        return tx.execute(s -> {
            Account a = provisioning.create(username, username, World.PASSWORD, false, unitId, jurisdictionId, null, null);
            provisioning.grant(a, role);
            return a.getUsername();
        });
    }

    /** Runs as the given user, for fixtures built outside a test method. */
    public static <T> T as(PlatformUser user, java.util.function.Supplier<T> action) {
        return PlatformUser.runAs(user, action);
    }

    /** Every application the signed-in user sees, through the list's streamed export: for scope assertions. */
    public static java.util.List<ApplicationSummary> everyVisible(Applications applications) {
        java.util.List<ApplicationSummary> all = new java.util.ArrayList<>();
        applications.export(cn.quzhou.stations.shared.ListRequest.of(null, null, "updatedAt,desc", null),
                ApplicationFilter.of(null), all::add);
        return all;
    }
}
