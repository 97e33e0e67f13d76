package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.evaluation.internal.IndicatorPolicies;
import cn.quzhou.stations.evaluation.scoring.IndicatorRule;
import cn.quzhou.stations.evaluation.scoring.PolicyVersion;
import cn.quzhou.stations.evaluation.scoring.RuleKind;
import cn.quzhou.stations.evaluation.scoring.RulePart;
import cn.quzhou.stations.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a host unit declares itself in its self-report (issue #13: typed in the API's schema, from the policy data of
 * migration V11, never a Java enum): the parts of the check items that no evidence or measured value earns — the
 * {@link RuleKind#CHECK_ITEM} rules' parts, sent as {@code "item:part"} in {@link SelfReportCommand#parts()}
 * (A1.1, A1.2, A2.2 under the 2021 measures) — and the tiers of {@link #REACH_ITEM}, sent as its {@code reach}.
 */
@Component
@Transactional(readOnly = true)
public class DeclarableParts {

    /** The item whose tier the unit declares as {@code reach} (辐射效应). */
    public static final String REACH_ITEM = "A2.3";

    private final IndicatorPolicies policies;

    DeclarableParts(IndicatorPolicies policies) {
        this.policies = policies;
    }

    /**
     * A declarable part: {@code value} is how a request names it ({@code "A1.1:OFFICE"} in {@code parts}, the tier
     * code {@code "PROVINCE"} as {@code reach}), {@code description} the policy's words.
     */
    public record Part(String value, String itemCode, String description) {
    }

    /**
     * The check-item parts of every policy version, in table order; a part of several versions has the newest words.
     */
    public List<Part> checkItemParts() {
        return everyVersion(DeclarableParts::checkItemParts);
    }

    /** The {@code reach} tiers of every policy version, highest first, with the newest version's words. */
    public List<Part> reachTiers() {
        return everyVersion(DeclarableParts::reachTiers);
    }

    /**
     * Refuses what the measures governing {@code year} do not let a unit declare, naming the field: a part
     * ({@code parts}) or a tier ({@code reach}) that is not one of them, as a 422.
     */
    public void requireDeclarable(int year, SelfReportCommand command) {
        PolicyVersion version = policies.forYear(year);
        Set<String> parts = values(checkItemParts(version));
        for (String part : command.parts()) {
            if (!parts.contains(part)) {
                throw new BusinessRuleException("parts", "evaluation.error.part", part);
            }
        }
        String reach = command.reach();
        if (reach != null && !reach.isBlank() && !values(reachTiers(version)).contains(reach)) {
            throw new BusinessRuleException("reach", "evaluation.error.reach", reach);
        }
    }

    private List<Part> everyVersion(java.util.function.Function<PolicyVersion, List<Part>> of) {
        Map<String, Part> out = new LinkedHashMap<>();
        for (PolicyVersion version : policies.load().all()) {
            of.apply(version).forEach(part -> out.put(part.value(), part));
        }
        return List.copyOf(out.values());
    }

    private static List<Part> checkItemParts(PolicyVersion version) {
        List<Part> out = new ArrayList<>();
        version.rules().stream().filter(rule -> rule.kind() == RuleKind.CHECK_ITEM).forEach(rule ->
                declared(rule).forEach(p -> out.add(new Part(rule.itemCode() + ":" + p.code(), rule.itemCode(),
                        p.description()))));
        return out;
    }

    private static List<Part> reachTiers(PolicyVersion version) {
        return version.rule(REACH_ITEM).map(rule -> declared(rule).stream()
                .map(p -> new Part(p.code(), rule.itemCode(), p.description())).toList()).orElse(List.of());
    }

    /** The parts a unit states itself: no evidence earns them and no measured value reaches them. */
    private static List<RulePart> declared(IndicatorRule rule) {
        return rule.parts().stream().filter(p -> p.evidenceKind() == null && p.threshold() == null).toList();
    }

    private static Set<String> values(List<Part> parts) {
        return parts.stream().map(Part::value).collect(Collectors.toSet());
    }
}
