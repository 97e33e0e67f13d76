package cn.quzhou.stations.organisation;

import cn.quzhou.stations.shared.Masks;
import java.util.Collection;
import java.util.Set;

public record ExpertView(long id, String name, String title, String field, String organisation, Long hostUnitId,
                         String phone, String email, boolean active, Set<Long> societyIds, int version) {

    /**
     * The conflict rule shared by the recognition panels and the evaluation (DOMAIN.md §3): an expert never scores
     * their own unit's station or one of a society they belong to. Declared conflicts are each process's own.
     */
    public boolean ownUnit(Long unitId) {
        return hostUnitId != null && unitId != null && hostUnitId.equals(unitId);
    }

    public boolean ownSociety(Long societyId) {
        return societyId != null && societyIds != null && societyIds.contains(societyId);
    }

    public boolean conflictsWith(Long unitId, Long societyId) {
        return ownUnit(unitId) || ownSociety(societyId);
    }

    /** The same expert with phone and e-mail masked, as the pool's list shows them (the API's answers). */
    public ExpertView masked() {
        return new ExpertView(id, name, title, field, organisation, hostUnitId, Masks.mask(phone), Masks.mask(email),
                active, societyIds, version);
    }

    /** Whether this expert sits on {@code team}: the strongest match of any member (see {@link TeamMatch}). */
    public TeamMatch onTeam(Collection<TeamPerson> team) {
        TeamMatch best = TeamMatch.NONE;
        for (TeamPerson member : team) {
            if (!same(name, member.name())) {
                continue;
            }
            if (same(organisation, member.organisation())) {
                return TeamMatch.SAME_PERSON;
            }
            best = TeamMatch.NAME_ONLY;
        }
        return best;
    }

    /** Equal ignoring spaces (full-width too), so "张 明" on a form is 张明 of the pool; blank is never equal. */
    private static boolean same(String a, String b) {
        String x = normal(a);
        return !x.isEmpty() && x.equals(normal(b));
    }

    private static String normal(String s) {
        return s == null ? "" : s.replaceAll("[\\s\u3000]+", "");
    }

    public ExpertCommand toCommand() {
        return new ExpertCommand(name, title, field, organisation, hostUnitId, phone, email, societyIds);
    }
}
