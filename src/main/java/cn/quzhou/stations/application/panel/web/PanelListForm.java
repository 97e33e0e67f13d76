package cn.quzhou.stations.application.panel.web;

import cn.quzhou.stations.application.panel.ListCommand;
import cn.quzhou.stations.shared.BusinessRuleException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The 建议名单 form as typed. Its inputs are named by application ({@code decision.<id>}, {@code reason.<id>}), so
 * the form is the request's parameters, read here once: a decision for an id that is not a number is the list's
 * refusal (never a NumberFormatException), a version that is not a number reads as a stale form, and what was typed
 * is shown again as it came.
 */
record PanelListForm(Map<String, String> typed) {

    private static final String DECISION = "decision.";
    private static final String REASON = "reason.";

    PanelListForm {
        typed = new LinkedHashMap<>(typed);
    }

    /** Whether some application is not recommended: that ends it, and needs its tick ({@code confirmNot}). */
    boolean notRecommendingUnconfirmed() {
        return decisions().stream().anyMatch(d -> !d.recommend()) && !"true".equals(typed.get("confirmNot"));
    }

    ListCommand command() {
        return new ListCommand(decisions(), typed.get("overrideReason"), "true".equals(typed.get("sealConfirmed")),
                version());
    }

    private List<ListCommand.Decision> decisions() {
        List<ListCommand.Decision> decisions = new ArrayList<>();
        typed.forEach((name, value) -> {
            if (name.startsWith(DECISION) && !value.isBlank()) {
                long applicationId = applicationId(name.substring(DECISION.length()));
                decisions.add(new ListCommand.Decision(applicationId, "RECOMMEND".equals(value),
                        typed.get(REASON + applicationId)));
            }
        });
        return decisions;
    }

    private static long applicationId(String typedId) {
        try {
            return Long.parseLong(typedId);
        } catch (NumberFormatException e) {
            throw new BusinessRuleException(null, "panel.error.notInBatch");
        }
    }

    private int version() {
        try {
            return Integer.parseInt(typed.getOrDefault("version", "-1").strip());
        } catch (NumberFormatException e) {
            return -1; // as if absent: the list has moved on since this form (ReviewPanels refuses a stale version)
        }
    }
}
