package cn.quzhou.stations.application;

import static cn.quzhou.stations.application.ApplicationFixtures.as;

import cn.quzhou.stations.application.panel.ListCommand;
import cn.quzhou.stations.application.panel.PanelCommand;
import cn.quzhou.stations.application.panel.ReviewPanels;
import cn.quzhou.stations.application.panel.SheetCommand;
import cn.quzhou.stations.application.panel.SheetCriterion;
import cn.quzhou.stations.application.panel.SheetPolicyView;
import cn.quzhou.stations.application.panel.SheetView;
import cn.quzhou.stations.organisation.ExpertCommand;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.organisation.internal.AccountProvisioning;
import cn.quzhou.stations.organisation.internal.Expert;
import cn.quzhou.stations.organisation.internal.ExpertRepository;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.testsupport.World;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Experts with their own accounts, applications at panel review, and panels — made as the people who would make them. */
@Component
public class PanelFixtures {

    private static final AtomicInteger SEQ = new AtomicInteger();

    private final World world;
    private final ApplicationFixtures applications;
    private final Applications facade;
    private final ReviewPanels panels;
    private final ExpertRepository experts;
    private final AccountProvisioning provisioning;
    private final UserDetailsService users;
    private final TransactionTemplate tx;
    private ExpertAccount reviewer;

    PanelFixtures(World world, ApplicationFixtures applications, Applications facade, ReviewPanels panels,
                  ExpertRepository experts, AccountProvisioning provisioning, UserDetailsService users,
                  TransactionTemplate tx) {
        this.world = world;
        this.applications = applications;
        this.facade = facade;
        this.panels = panels;
        this.experts = experts;
        this.provisioning = provisioning;
        this.users = users;
        this.tx = tx;
    }

    /** An expert of the pool and the account bound to them. */
    public record ExpertAccount(long id, String name, PlatformUser user) {
    }

    public ExpertAccount expert(String name, Long hostUnitId, Set<Long> societyIds) {
        return expert(name, "某大学", hostUnitId, societyIds);
    }

    /** An expert of the pool working at {@code organisation} (every fixture application's team lists 孙专家 of 某大学). */
    public ExpertAccount expert(String name, String organisation, Long hostUnitId, Set<Long> societyIds) {
        world.ensure();
        String username = "t-panel-expert-" + SEQ.incrementAndGet();
        Long id = tx.execute(s -> {
            Expert e = experts.save(new Expert(new ExpertCommand(name, "教授", "材料", organisation, hostUnitId, null, null,
                    societyIds)));
            Account a = provisioning.create(username, name, World.PASSWORD, false, null, null, e.getId(), null);
            provisioning.grant(a, Role.EXPERT);
            return e.getId();
        });
        return new ExpertAccount(id, name, user(username));
    }

    public ExpertAccount clean(String name) {
        return expert(name, null, Set.of());
    }

    public PlatformUser user(String username) {
        return (PlatformUser) users.loadUserByUsername(username);
    }

    /** A city-direct application, passed by the city CAST: at panel review. */
    public long atPanelReview(String stationName, Society society) {
        long id = applications.submittedCityDirect(stationName, society);
        PlatformUser cityCast = world.user(Role.CITY_CAST);
        as(cityCast, () -> {
            facade.decide(id, ApplicationFixtures.pass(facade.get(id).version()));
            return null;
        });
        return id;
    }

    /**
     * Takes an application at panel review through a panel of its own, as the city CAST and an expert would: formed
     * with one expert, scored, listed as recommended and the list submitted — it ends at CITY_TALENT_REVIEW.
     */
    public void passedByAPanel(long applicationId) {
        ExpertAccount expert = reviewer();
        long panel = form("评审小组-" + applicationId, Set.of(expert.id()), Set.of(applicationId));
        score(expert, applicationId, "85");
        as(world.user(Role.CITY_CAST), () -> {
            panels.fixList(panel, new ListCommand(List.of(new ListCommand.Decision(applicationId, true, null)), null,
                    true, panels.get(panel).version()));
            return panels.submitList(panel, panels.get(panel).version(), true);
        });
    }

    /** The one expert every {@link #passedByAPanel} panel scores with: no unit, no society, so no conflict. */
    private synchronized ExpertAccount reviewer() {
        if (reviewer == null) {
            reviewer = clean("夹具评审专家");
        }
        return reviewer;
    }

    public long form(String name, Set<Long> expertIds, Set<Long> applicationIds) {
        return as(world.user(Role.CITY_CAST), () -> panels.form(new PanelCommand(name, 2026, expertIds, applicationIds)));
    }

    public long sheetOf(ExpertAccount expert, long applicationId) {
        return as(expert.user(), () -> panels.mySheets().stream().filter(s -> s.applicationId() == applicationId)
                .findFirst().orElseThrow().id());
    }

    /** Points per criterion adding up to {@code total}: each criterion filled to its maximum in turn. */
    public Map<String, BigDecimal> scores(BigDecimal total) {
        SheetPolicyView policy = as(world.user(Role.CITY_CAST), panels::policyInForce);
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        BigDecimal left = total;
        for (SheetCriterion c : policy.criteria()) {
            BigDecimal points = left.min(c.maxPoints());
            scores.put(c.code(), points);
            left = left.subtract(points);
        }
        return scores;
    }

    public SheetView score(ExpertAccount expert, long applicationId, String total) {
        long sheet = sheetOf(expert, applicationId);
        return as(expert.user(), () -> panels.submitSheet(sheet, new SheetCommand(scores(new BigDecimal(total)), "评审意见")));
    }

    public List<ExpertAccount> cleanExperts(int n) {
        return java.util.stream.IntStream.rangeClosed(1, n).mapToObj(i -> clean("评审专家" + SEQ.incrementAndGet())).toList();
    }
}
