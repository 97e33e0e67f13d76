package cn.quzhou.stations.evaluation.scoring;

import cn.quzhou.stations.shared.Labels;
import java.math.BigDecimal;
import java.util.List;

/**
 * One explained line of an item: which input, under which rule part, earned how many points — or why it earned
 * none ({@code noteKey}, a message key of bundle {@code i18n/evaluation}, with {@code args}).
 *
 * @param source     what the line comes from
 * @param evidenceId the evidence record for {@link Source#EVIDENCE}, else null
 * @param partCode   the rule part applied, or null when none applies
 * @param points     points earned (0 when not counted; signed for adjustments)
 * @param noteKey    explanation key, or null
 * @param args       arguments of the explanation
 * @param cited      the evidence records a measure was computed from (B1.1's expert-days records), else empty
 * @param note       the explanation in words, resolved outside the engine (evaluation.LineNotes); null from the engine
 */
public record Line(Source source, Long evidenceId, String partCode, BigDecimal points, String noteKey,
        List<Object> args, List<Long> cited, String note) {

    public Line {
        args = args == null ? List.of() : List.copyOf(args);
        cited = cited == null ? List.of() : List.copyOf(cited);
    }

    /** A line as the engine writes it, citing no records beyond {@code evidenceId}. */
    public Line(Source source, Long evidenceId, String partCode, BigDecimal points, String noteKey, List<Object> args) {
        this(source, evidenceId, partCode, points, noteKey, args, List.of(), null);
    }

    /** A line as the engine writes it: the explanation as a key and arguments only. */
    public Line(Source source, Long evidenceId, String partCode, BigDecimal points, String noteKey, List<Object> args,
                List<Long> cited) {
        this(source, evidenceId, partCode, points, noteKey, args, cited, null);
    }

    /** The same line with its explanation in words. */
    public Line withNote(String text) {
        return new Line(source, evidenceId, partCode, points, noteKey, args, cited, text);
    }

    @Labels("evaluation.lineSource")
    public enum Source { EVIDENCE, DECLARATION, MEASURE, ADJUSTMENT }

    public boolean counted() {
        return points.signum() != 0;
    }
}
