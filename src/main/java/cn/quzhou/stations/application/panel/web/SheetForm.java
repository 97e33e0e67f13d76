package cn.quzhou.stations.application.panel.web;

import cn.quzhou.stations.application.panel.SheetCommand;
import cn.quzhou.stations.shared.BusinessRuleException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An expert's 评审表 as typed: a score box per criterion ({@code score.<code>}) and the comment, read from the
 * request's parameters here once. A score that is not a number is refused in words ("得分须为数字"), and the page
 * shows every box again as it was typed.
 */
record SheetForm(Map<String, String> typed) {

    private static final String SCORE = "score.";

    SheetForm {
        typed = new LinkedHashMap<>(typed);
    }

    SheetCommand command() {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        typed.forEach((name, value) -> {
            if (name.startsWith(SCORE) && !value.isBlank()) {
                String code = name.substring(SCORE.length());
                scores.put(code, score(code, value));
            }
        });
        return new SheetCommand(scores, typed.get("comment"));
    }

    private static BigDecimal score(String code, String typed) {
        try {
            return new BigDecimal(typed.strip());
        } catch (NumberFormatException e) {
            throw new BusinessRuleException("scores[" + code + "]", "panel.error.scoreInvalid");
        }
    }
}
