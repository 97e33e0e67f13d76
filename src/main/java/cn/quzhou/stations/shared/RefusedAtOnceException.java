package cn.quzhou.stations.shared;

import java.util.List;

/**
 * A command refused by several rules, all found before anything changed, so that a long form shows them in one round
 * ({@link Forms#reject} puts each at its field). It is itself the first refusal: whoever handles a single
 * {@link BusinessRuleException} (the API's problem answer) still says the first one.
 */
public class RefusedAtOnceException extends BusinessRuleException {

    private final transient List<BusinessRuleException> refusals;

    public RefusedAtOnceException(List<BusinessRuleException> refusals) {
        super(refusals.get(0).field(), refusals.get(0).messageKey(), refusals.get(0).args());
        this.refusals = List.copyOf(refusals);
    }

    public List<BusinessRuleException> refusals() {
        return refusals;
    }

    /** Throws the refusals found, if any; one alone is thrown as itself. */
    public static void throwIfAny(List<BusinessRuleException> refusals) {
        if (refusals.size() == 1) {
            throw refusals.get(0);
        }
        if (!refusals.isEmpty()) {
            throw new RefusedAtOnceException(refusals);
        }
    }
}
