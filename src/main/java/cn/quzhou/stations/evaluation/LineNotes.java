package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.station.EvidenceKind;
import cn.quzhou.stations.evaluation.scoring.ItemScore;
import cn.quzhou.stations.evaluation.scoring.Level;
import cn.quzhou.stations.evaluation.scoring.Line;
import cn.quzhou.stations.evaluation.scoring.ScoreSheet;
import cn.quzhou.stations.shared.OpenEntry;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The scoring engine's explanations in words: the engine is pure Java and names each explanation by a message key
 * ({@link Line#noteKey()}) with arguments; here the key is resolved in a language, its level and evidence-kind
 * arguments named too. The PDFs read them in Chinese, the API in the caller's language (the key stays as the code).
 */
@Component
public class LineNotes {

    private final MessageSource messages;

    LineNotes(MessageSource messages) {
        this.messages = messages;
    }

    /** The explanation of {@code line} in words, or null when it has none. */
    public String note(Line line, Locale locale) {
        if (line.noteKey() == null) {
            return null;
        }
        return text(line.noteKey(), line.args(), locale);
    }

    /** A message of the scoring (an explanation, a grade's reason) with its arguments named, in {@code locale}. */
    public String text(String key, List<Object> args, Locale locale) {
        Object[] named = args.stream().map(a -> arg(a, locale)).toArray();
        return messages.getMessage(key, named, key, locale);
    }

    /** The same sheet with every line's explanation in words ({@link Line#note()}). */
    @OpenEntry(value = OpenEntry.Audience.NO_RECORD, why = "words for a sheet the caller read under its guard")
    public ReportSheet explained(ReportSheet sheet, Locale locale) {
        if (sheet.sheet() == null) {
            return sheet;
        }
        return new ReportSheet(sheet.report(), sheet.evidence(), sheet.frozen(), sheet.inspections(),
                sheet.adjustments(), sheet.judgements(), sheet.averageDays(), sheet.judgement(),
                explained(sheet.sheet(), locale), sheet.roundOpen(), sheet.judgementMax());
    }

    private ScoreSheet explained(ScoreSheet s, Locale locale) {
        List<ItemScore> items = s.items().stream().map(i -> new ItemScore(i.rule(), explained(i.lines(), locale),
                i.raw(), i.adjustment(), i.cappedAway(), i.points())).toList();
        return new ScoreSheet(s.stationId(), s.year(), s.policyEffectiveFrom(), items, s.level2(), s.level1(),
                s.total(), explained(s.ignored(), locale));
    }

    private List<Line> explained(List<Line> lines, Locale locale) {
        return lines.stream().map(l -> l.withNote(note(l, locale))).toList();
    }

    private String arg(Object a, Locale locale) {
        if (a == null) {
            return "";
        } else if (a instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        } else if (a instanceof Number n) {
            return String.valueOf(n);
        } else if (a instanceof Level l) {
            return messages.getMessage("evaluation.level." + l.name(), null, locale);
        } else if (a instanceof EvidenceKind k) {
            return messages.getMessage("evidence.kind." + k.name(), null, locale);
        } else if (a instanceof String s && Arrays.stream(Level.values()).anyMatch(l -> l.name().equals(s))) {
            return messages.getMessage("evaluation.level." + s, null, locale);
        } else if (a instanceof String s && Arrays.stream(EvidenceKind.values()).anyMatch(k -> k.name().equals(s))) {
            return messages.getMessage("evidence.kind." + s, null, locale);
        }
        return String.valueOf(a);
    }
}
