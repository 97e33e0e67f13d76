package cn.quzhou.stations.testsupport;

import cn.quzhou.stations.organisation.BusinessField;
import cn.quzhou.stations.organisation.ExpertCommand;
import cn.quzhou.stations.organisation.HostUnitCommand;
import cn.quzhou.stations.organisation.PlatformUser;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.SocietyCommand;
import cn.quzhou.stations.organisation.SocietyLevel;
import cn.quzhou.stations.organisation.UnitNature;
import cn.quzhou.stations.organisation.internal.Account;
import cn.quzhou.stations.organisation.internal.AccountProvisioning;
import cn.quzhou.stations.organisation.internal.Expert;
import cn.quzhou.stations.organisation.internal.ExpertRepository;
import cn.quzhou.stations.organisation.internal.HostUnit;
import cn.quzhou.stations.organisation.internal.HostUnitRepository;
import cn.quzhou.stations.organisation.internal.JurisdictionRepository;
import cn.quzhou.stations.organisation.internal.Society;
import cn.quzhou.stations.organisation.internal.SocietyRepository;
import cn.quzhou.stations.shared.CreditCode;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The fixture every integration test stands on: two counties (江山市 "home", 柯城区 "other"), a
 * unit in each and one city-direct unit, a society, an expert, and one account per role whose
 * bindings point at the home county and home unit. Created once per application context.
 */
@Component
public class World {

    public static final String PASSWORD = "Test@2026pass";
    private static final AtomicInteger SEQ = new AtomicInteger(100);

    private final JurisdictionRepository jurisdictions;
    private final HostUnitRepository units;
    private final SocietyRepository societies;
    private final ExpertRepository experts;
    private final AccountProvisioning provisioning;
    private final UserDetailsService users;
    private final TransactionTemplate tx;

    private boolean built;
    public long homeJurisdiction;
    public long otherJurisdiction;
    public long cityDirect;
    public HostUnit homeUnit;
    public HostUnit otherUnit;
    public HostUnit cityUnit;
    public Society society;
    public Expert expert;
    private final Map<Role, String> usernames = new EnumMap<>(Role.class);
    private final java.time.Clock clock;

    /** The platform's present (the tests' movable clock). */
    public java.time.Instant now() {
        return clock.instant();
    }

    World(JurisdictionRepository jurisdictions, HostUnitRepository units, SocietyRepository societies,
          ExpertRepository experts, AccountProvisioning provisioning, UserDetailsService users, TransactionTemplate tx,
          java.time.Clock clock) {
        this.clock = clock;
        this.jurisdictions = jurisdictions;
        this.units = units;
        this.societies = societies;
        this.experts = experts;
        this.provisioning = provisioning;
        this.users = users;
        this.tx = tx;
    }

    public synchronized World ensure() {
        if (!built) {
            tx.executeWithoutResult(s -> build());
            built = true;
        }
        return this;
    }

    private void build() {
        homeJurisdiction = jurisdictionId("江山市");
        otherJurisdiction = jurisdictionId("柯城区");
        cityDirect = jurisdictionId("市直");
        homeUnit = unit("江山本地新材料有限公司", homeJurisdiction);
        otherUnit = unit("柯城外地科技有限公司", otherJurisdiction);
        cityUnit = unit("衢州市直属研究院", cityDirect);
        society = societies.save(new Society(new SocietyCommand("测试全国学会", SocietyLevel.NATIONAL, null, null, null)));
        expert = experts.save(new Expert(new ExpertCommand("测试专家", "教授", "材料", "某大学", null, null, null, Set.of())));
        for (Role role : Role.values()) {
            String username = "t-" + role.name().toLowerCase().replace('_', '-');
            Account a = provisioning.create(username, "测试" + role.name(), PASSWORD, false,
                    role == Role.APPLICANT ? homeUnit.getId() : null,
                    role.scope() == Role.ScopeKind.JURISDICTION ? homeJurisdiction : null,
                    role == Role.EXPERT ? expert.getId() : null,
                    role == Role.SOCIETY_CONTACT ? society.getId() : null);
            provisioning.grant(a, role);
            usernames.put(role, username);
        }
    }

    /** A new unit with a unique, valid credit code. */
    public HostUnit unit(String name, long jurisdictionId) {
        return units.save(new HostUnit(new HostUnitCommand(name, creditCode(), jurisdictionId, UnitNature.ENTERPRISE,
                null, Set.of(BusinessField.CHEMICAL), null, "法人", "地址", "324000")));
    }

    public static String creditCode() {
        String first17 = String.format("913308%02dMA2%06d", 10 + SEQ.get() % 80, SEQ.incrementAndGet());
        return first17 + CreditCode.checkCharacterFor(first17);
    }

    /** A fresh account holding no role yet (for tests that change accounts). */
    public Account freshAccount(String prefix, Long unitId, Long jurisdictionId) {
        return freshAccount(prefix, unitId, jurisdictionId, false);
    }

    public Account freshAccount(String prefix, Long unitId, Long jurisdictionId, boolean mustChangePassword) {
        return tx.execute(s -> provisioning.create(prefix + "-" + SEQ.incrementAndGet(), prefix, PASSWORD,
                mustChangePassword, unitId, jurisdictionId, null, null));
    }

    public String username(Role role) {
        return usernames.get(role);
    }

    /** The signed-in principal of the world's account for {@code role}, as the platform builds it. */
    public PlatformUser user(Role role) {
        return (PlatformUser) users.loadUserByUsername(username(role));
    }

    private long jurisdictionId(String name) {
        return jurisdictions.findAll().stream().filter(j -> j.getName().equals(name)).findFirst().orElseThrow().getId();
    }
}
