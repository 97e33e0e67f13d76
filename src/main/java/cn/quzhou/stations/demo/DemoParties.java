package cn.quzhou.stations.demo;

import cn.quzhou.stations.organisation.Accounts;
import cn.quzhou.stations.organisation.HostUnitCommand;
import cn.quzhou.stations.organisation.HostUnitView;
import cn.quzhou.stations.organisation.HostUnits;
import cn.quzhou.stations.organisation.JurisdictionView;
import cn.quzhou.stations.organisation.Jurisdictions;
import cn.quzhou.stations.organisation.NewAccountCommand;
import cn.quzhou.stations.organisation.Role;
import cn.quzhou.stations.organisation.Societies;
import cn.quzhou.stations.organisation.SocietyCommand;
import cn.quzhou.stations.organisation.SocietyView;
import cn.quzhou.stations.shared.CreditCode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The programme's units, societies and accounts, made as the offices make them: the city CAST registers units and
 * societies, the system administrator creates the accounts and the security administrator grants their roles (三员分立).
 * Accounts made this way must change their password at the first sign-in, as any new account; the README's accounts
 * (the account demo data) need not.
 */
@Component
@ConditionalOnProperty(name = "platform.demo.enabled", havingValue = "true")
class DemoParties {

    static final String PASSWORD = "Demo@2026pw";

    private final DemoActors actors;
    private final HostUnits units;
    private final Societies societies;
    private final Accounts accounts;
    private final Jurisdictions jurisdictions;
    private final Map<String, Long> unitIds = new HashMap<>();
    private final Map<String, SocietyView> societyByName = new HashMap<>();

    DemoParties(DemoActors actors, HostUnits units, Societies societies, Accounts accounts, Jurisdictions jurisdictions) {
        this.actors = actors;
        this.units = units;
        this.societies = societies;
        this.accounts = accounts;
        this.jurisdictions = jurisdictions;
    }

    void register() {
        List<DemoCatalogue.Entry> all = Stream.concat(DemoCatalogue.STATIONS.stream(),
                DemoCatalogue.CURRENT.stream().map(DemoCatalogue.Current::asEntry)).toList();
        actors.run("city-cast", () -> {
            units.list(null).forEach(u -> unitIds.put(u.name(), u.id()));
            societies.list().forEach(s -> societyByName.put(s.name(), s));
            all.stream().map(DemoCatalogue.Entry::unit).distinct().filter(u -> !unitIds.containsKey(u.name()))
                    .forEach(u -> unitIds.put(u.name(), createUnit(u).id()));
            all.stream().filter(e -> !societyByName.containsKey(e.society())).forEach(e -> societyByName.put(e.society(),
                    societies.create(new SocietyCommand(e.society(), e.level(), null, "演示联络人", "010-00000000"))));
        });
        all.stream().map(DemoCatalogue.Entry::unit).distinct()
                .forEach(u -> account(u.username(), u.name() + "（申报单位）", Role.APPLICANT, unitIds.get(u.name()), null));
        DemoCatalogue.COUNTIES.forEach((name, suffix) -> {
            long jurisdiction = jurisdiction(name).id();
            account("county-cast-" + suffix, name + "科协 审核员", Role.COUNTY_CAST, null, jurisdiction);
            account("county-talent-" + suffix, name + "委人才办 经办人", Role.COUNTY_TALENT, null, jurisdiction);
        });
    }

    long unitId(DemoCatalogue.Unit unit) {
        return unitIds.get(unit.name());
    }

    SocietyView society(String name) {
        return societyByName.get(name);
    }

    JurisdictionView jurisdiction(String name) {
        return jurisdictions.list().stream().filter(j -> j.name().equals(name)).findFirst().orElseThrow();
    }

    private HostUnitView createUnit(DemoCatalogue.Unit u) {
        String code = u.code17() + CreditCode.checkCharacterFor(u.code17());
        return units.create(new HostUnitCommand(u.name(), code, jurisdiction(u.jurisdiction()).id(), u.nature(), null,
                Set.of(u.field()), u.fieldOther(), "演示法定代表人", "浙江省衢州市演示路" + (unitIds.size() + 1) + "号", "324000"));
    }

    /** An account bound to a unit or a jurisdiction, unless one of that name exists (the README's accounts). */
    private void account(String username, String displayName, Role role, Long unitId, Long jurisdictionId) {
        boolean taken = actors.as("sysadmin", () -> !accounts.takenUsernames(Set.of(username)).isEmpty());
        if (taken) {
            return;
        }
        long id = actors.as("sysadmin", () -> accounts.create(new NewAccountCommand(username, displayName, PASSWORD,
                unitId, jurisdictionId, null, null, null)).id());
        actors.run("secadmin", () -> accounts.grant(id, role));
    }
}
