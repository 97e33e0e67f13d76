package cn.quzhou.stations.evaluation;

import cn.quzhou.stations.documents.PdfRenderer;
import cn.quzhou.stations.documents.Workbooks;
import cn.quzhou.stations.evaluation.scoring.Heading;
import cn.quzhou.stations.evaluation.scoring.IndicatorRule;
import cn.quzhou.stations.evaluation.scoring.ItemScore;
import cn.quzhou.stations.evaluation.scoring.Line;
import cn.quzhou.stations.evaluation.scoring.RuleKind;
import cn.quzhou.stations.evaluation.scoring.RulePart;
import cn.quzhou.stations.evaluation.scoring.ScoreSheet;
import cn.quzhou.stations.evaluation.scoring.Subtotal;
import cn.quzhou.stations.shared.OpenEntry;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The evaluation's documents: a station's filled 绩效考核表 (appendix 2 of 衢市科协〔2021〕24号) as a PDF, and the
 * year's results as an Excel workbook streamed row by row. Texts resolve in {@code zh_CN}; no access control here —
 * the caller decides who may have which sheet.
 */
@Component
public class EvaluationDocuments {

    /** Rows of the results workbook kept in memory; the rest are flushed to a (compressed) temp file. */
    static final int ROW_WINDOW = Workbooks.ROW_WINDOW;

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final String TEMPLATE = "evaluation/pdf/score-sheet";

    private final PdfRenderer renderer;
    private final MessageSource messages;
    private final LineNotes notes;

    EvaluationDocuments(PdfRenderer renderer, MessageSource messages, LineNotes notes) {
        this.renderer = renderer;
        this.messages = messages;
        this.notes = notes;
    }

    /** The station's 绩效考核表 as in appendix 2, filled with the item scores, subtotals, total and explanations. */
    public byte[] sheetPdf(StationSheet sheet) {
        StationSheet.Correction c = sheet.correction();
        return renderer.renderOfficial(TEMPLATE, Map.of(
                "s", sheet,
                "groups", groups(rows(sheet.sheet())),
                "total", plain(sheet.sheet().total()),
                "explanations", explanations(sheet.sheet()),
                "ignored", sheet.sheet().ignored().stream().map(this::line).toList(),
                "grade", sheet.grade() == null ? msg("evaluation.grade.pending")
                        : msg("evaluation.grade." + sheet.grade().name()),
                "correction", c == null ? "" : msg("evaluation.sheet.correction", c.version(), c.reason(), c.on(),
                        plain(c.total()), msg("evaluation.grade." + c.grade().name()))));
    }

    /** One row of the printed table: the heading cells are printed only on the first row of their group. */
    public record SheetRow(String level1, int level1Span, String level1Score, String level2, int level2Span,
            String level2Score, String item, String description, String rule, String points) {
    }

    /** The explanation of one item under the table. */
    public record Explanation(String item, List<String> lines, String summary) {
    }

    private List<SheetRow> rows(ScoreSheet sheet) {
        List<ItemScore> items = sheet.items();
        List<SheetRow> rows = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            IndicatorRule rule = items.get(i).rule();
            boolean firstOfLevel1 = i == 0 || !items.get(i - 1).rule().level1().equals(rule.level1());
            boolean firstOfLevel2 = i == 0 || !items.get(i - 1).rule().level2().equals(rule.level2());
            rows.add(new SheetRow(
                    firstOfLevel1 ? headed(rule.level1()) : null,
                    firstOfLevel1 ? span(items, i, r -> r.level1()) : 0,
                    firstOfLevel1 ? subtotal(sheet, rule.level1()) : null,
                    firstOfLevel2 ? headed(rule.level2()) : null,
                    firstOfLevel2 ? span(items, i, r -> r.level2()) : 0,
                    firstOfLevel2 ? subtotal(sheet, rule.level2()) : null,
                    rule.name() + msg("evaluation.sheet.points", plain(rule.nominalPoints())),
                    description(rule),
                    ruleNote(rule),
                    plain(items.get(i).points())));
        }
        return rows;
    }

    /** Rows by level-1 indicator, so that a level-1 block is not split across pages. */
    private static List<List<SheetRow>> groups(List<SheetRow> rows) {
        List<List<SheetRow>> groups = new ArrayList<>();
        for (SheetRow row : rows) {
            if (row.level1() != null) {
                groups.add(new ArrayList<>());
            }
            groups.get(groups.size() - 1).add(row);
        }
        return groups;
    }

    private static int span(List<ItemScore> items, int from, java.util.function.Function<IndicatorRule, Heading> of) {
        Heading heading = of.apply(items.get(from).rule());
        int n = 0;
        for (int i = from; i < items.size() && of.apply(items.get(i).rule()).equals(heading); i++) {
            n++;
        }
        return n;
    }

    private String headed(Heading heading) {
        return heading.name() + msg("evaluation.sheet.points", plain(heading.nominalPoints()));
    }

    private String subtotal(ScoreSheet sheet, Heading heading) {
        return msg("evaluation.sheet.subtotal",
                plain(sheet.subtotal(heading.code()).map(Subtotal::points).orElse(BigDecimal.ZERO)));
    }

    /** The 考核说明: the rule's parts in the policy's words, with their points where the words do not give them. */
    private String description(IndicatorRule rule) {
        List<String> parts = new ArrayList<>();
        for (RulePart part : rule.parts()) {
            String text = part.description();
            parts.add(text.contains("分") ? text : text + msg("evaluation.sheet.points", plain(part.points())));
        }
        return String.join("；", parts) + "。";
    }

    private String ruleNote(IndicatorRule rule) {
        String kind = msg("evaluation.ruleKind." + rule.kind().name());
        return rule.kind() == RuleKind.CHECK_ITEM && rule.capped() ? null : kind;
    }

    private List<Explanation> explanations(ScoreSheet sheet) {
        List<Explanation> out = new ArrayList<>();
        for (ItemScore item : sheet.items()) {
            List<String> lines = new ArrayList<>(item.lines().stream().map(l -> line(item.rule(), l)).toList());
            if (lines.isEmpty()) {
                lines.add(msg("evaluation.sheet.noLines"));
            }
            if (item.cappedAway().signum() > 0) {
                lines.add(msg("evaluation.sheet.cappedAway", plain(item.cappedAway()), plain(item.rule().cap())));
            }
            out.add(new Explanation(item.itemCode() + " " + item.rule().name(), lines,
                    msg("evaluation.sheet.itemSummary", plain(item.raw()), signed(item.adjustment()),
                            plain(item.points()))));
        }
        return out;
    }

    private String line(Line line) {
        return line(null, line);
    }

    /** 来源 · 计分项 · 分数 · 说明, e.g. “佐证 #12 · 承办科技沙龙…（每次计5分） · +5 分”. */
    private String line(IndicatorRule rule, Line line) {
        List<String> parts = new ArrayList<>();
        parts.add(switch (line.source()) {
            case EVIDENCE -> msg("evaluation.sheet.line.EVIDENCE", String.valueOf(line.evidenceId()));
            case DECLARATION -> msg("evaluation.sheet.line.DECLARATION");
            case MEASURE -> line.cited().isEmpty() ? msg("evaluation.sheet.line.MEASURE")
                    : msg("evaluation.sheet.line.MEASURE") + " " + msg("evaluation.sheet.line.cited",
                    line.cited().stream().map(String::valueOf).collect(java.util.stream.Collectors.joining("、#")));
            case ADJUSTMENT -> msg("evaluation.sheet.line.ADJUSTMENT");
        });
        if (rule != null && line.partCode() != null) {
            rule.part(line.partCode()).ifPresent(p -> parts.add(p.description()));
        }
        parts.add(msg("evaluation.sheet.line.points", signed(line.points())));
        if (line.noteKey() != null) {
            parts.add(notes.note(line, ZH));
        }
        return String.join(" · ", parts);
    }

    /**
     * Streams the year's results: a header row in Chinese, then one row per station with numbers as numeric cells.
     * Only {@link #ROW_WINDOW} rows are held in memory; the temporary files are deleted before returning.
     */
    @OpenEntry(value = OpenEntry.Audience.NO_RECORD, why = "renders rows the caller read under its own guard")
    public void resultsExcel(int year, List<ResultRow> rows, OutputStream out) {
        Workbooks.write(out, workbook -> fill(workbook, year, rows));
    }

    SXSSFWorkbook workbook() {
        return Workbooks.streaming();
    }

    void fill(SXSSFWorkbook workbook, int year, List<ResultRow> rows) {
        SXSSFSheet sheet = workbook.createSheet(msg("evaluation.results.sheet", String.valueOf(year)));
        List<Heading> headings = rows.isEmpty() ? List.of()
                : rows.get(0).level1().stream().map(Subtotal::heading).toList();
        List<String> header = new ArrayList<>(List.of(msg("evaluation.results.station"),
                msg("evaluation.results.hostUnit"), msg("evaluation.results.jurisdiction"),
                msg("evaluation.results.level"), msg("evaluation.results.total")));
        headings.forEach(h -> header.add(headed(h)));
        header.addAll(List.of(msg("evaluation.results.grade"), msg("evaluation.results.reason")));

        Workbooks.Styles styles = Workbooks.Styles.of(workbook);
        CellStyle number = styles.decimal();

        Row head = sheet.createRow(0);
        for (int c = 0; c < header.size(); c++) {
            Workbooks.text(head, c, header.get(c), styles.bold());
        }
        sheet.createFreezePane(0, 1);
        for (int c = 0; c < header.size(); c++) {
            sheet.setColumnWidth(c, (c < 3 || c == header.size() - 1 ? 30 : 14) * 256);
        }

        int r = 1;
        for (ResultRow row : rows) {
            Row line = sheet.createRow(r++);
            int c = 0;
            text(line, c++, row.stationName());
            text(line, c++, row.hostUnit());
            text(line, c++, row.jurisdiction());
            text(line, c++, row.level() == null ? null : msg("enum.SocietyLevel." + row.level().name()));
            numeric(line, c++, row.total(), number);
            for (Heading h : headings) {
                numeric(line, c++, row.level1().stream().filter(s -> s.heading().code().equals(h.code()))
                        .map(Subtotal::points).findFirst().orElse(null), number);
            }
            text(line, c++, row.grade() == null ? msg("evaluation.grade.pending")
                    : msg("evaluation.grade." + row.grade().name()));
            text(line, c, row.reasonKey() == null ? null
                    : notes.text(row.reasonKey(), row.reasonArgs(), ZH));
        }
    }

    private static void text(Row row, int column, String value) {
        Workbooks.text(row, column, value, null);
    }

    private static void numeric(Row row, int column, BigDecimal value, CellStyle style) {
        Workbooks.number(row, column, value, style);
    }

    /** Message arguments as text: numbers without grouping, levels and evidence kinds by their Chinese names. */
    private String msg(String key, Object... args) {
        return messages.getMessage(key, args, ZH);
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private static String signed(BigDecimal value) {
        return value.signum() > 0 ? "+" + plain(value) : plain(value);
    }
}
