package cn.quzhou.stations.importing.internal;

import cn.quzhou.stations.importing.ImportColumn;
import cn.quzhou.stations.importing.ImportKind;
import cn.quzhou.stations.importing.ImportRow;
import cn.quzhou.stations.importing.RowProblems;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * Reads a file of one kind and checks it: first the file as a whole (a workbook, this kind's template, its headers,
 * no merged cells, not too many rows — each refused with one message), then every cell against its column, then the
 * kind's own rules. The outcome is the rows and every problem at its row and column; nothing is written.
 */
final class FileCheck {

    record Outcome(List<ImportRow> rows, List<Problem> problems) {
    }

    private final ImportKind kind;
    private final ImportKind.Session session;
    private final MessageSource texts;
    private final int maxRows;
    private final List<ImportColumn> columns;
    private final List<String> sample;
    private final List<ImportRow> rows = new ArrayList<>();
    private final Collected problems;
    private List<String> headers;
    private String marker;

    FileCheck(ImportKind kind, ImportKind.Session session, MessageSource texts, int maxRows) {
        this.kind = kind;
        this.session = session;
        this.texts = texts;
        this.maxRows = maxRows;
        this.columns = kind.columns();
        this.sample = Templates.sample(kind, session);
        this.problems = new Collected();
    }

    /** {@code titleOf} names the kind of another template's marker, for the refusal. */
    Outcome run(byte[] content, Function<String, String> titleOf) {
        WorkbookReader.read(content, new WorkbookReader.Visitor() {
            @Override
            public void marker(String text) {
                marker = text;
            }

            @Override
            public void row(SheetHandler.Row row) {
                accept(row);
            }
        });
        requireTemplate(titleOf);
        requireHeaders();
        if (rows.isEmpty()) {
            throw new FileRefused("import.error.empty");
        }
        session.check(rows.stream().toList(), problems);
        return new Outcome(rows, problems.sorted());
    }

    private void accept(SheetHandler.Row row) {
        if (headers == null) {
            headers = new ArrayList<>();
            row.cells().forEach((col, cell) -> {
                while (headers.size() < col) {
                    headers.add("");
                }
                headers.add(cell.text().strip());
            });
            return;
        }
        Map<String, String> values = new LinkedHashMap<>();
        boolean anything = false;
        for (int i = 0; i < columns.size(); i++) {
            SheetCell cell = row.cells().get(i);
            String v = cell == null ? "" : cell.text().strip();
            values.put(columns.get(i).key(), v);
            anything |= !v.isEmpty() || cell != null && cell.formula();
        }
        if (!anything || sample.equals(List.copyOf(values.values()))) {
            return;   // a blank row, or the template's sample left in place
        }
        if (rows.size() >= maxRows) {
            throw new FileRefused("import.error.tooManyRows", maxRows);
        }
        ImportRow importRow = new ImportRow(row.number(), values);
        rows.add(importRow);
        checkCells(importRow, row);
    }

    private void checkCells(ImportRow importRow, SheetHandler.Row row) {
        for (int i = 0; i < columns.size(); i++) {
            ImportColumn c = columns.get(i);
            SheetCell cell = row.cells().get(i);
            if (cell != null && cell.formula()) {
                problems.add(importRow, c.key(), "import.error.formula");
                continue;
            }
            CellChecks.check(c, importRow.get(c.key()), c.hasChoices() ? session.allowed(c.key()) : List.of())
                    .ifPresent(r -> problems.add(importRow, c.key(), r.key(), r.args().toArray()));
        }
    }

    private void requireTemplate(Function<String, String> titleOf) {
        if (marker == null || !marker.startsWith(Templates.MARKER_PREFIX)) {
            throw new FileRefused("import.error.notTemplate");
        }
        if (!marker.equals(Templates.marker(kind))) {
            throw new FileRefused("import.error.otherTemplate", titleOf.apply(marker.substring(Templates.MARKER_PREFIX.length())),
                    texts.getMessage(kind.titleKey(), null, java.util.Locale.SIMPLIFIED_CHINESE));
        }
    }

    private void requireHeaders() {
        for (int i = 0; i < columns.size(); i++) {
            String expected = Templates.header(columns.get(i), texts);
            String found = headers == null || i >= headers.size() ? "" : headers.get(i);
            if (!found.equals(expected) && !found.equals(Templates.label(columns.get(i), texts))) {
                throw new FileRefused("import.error.header", SheetHandler.letterOf(i), expected);
            }
        }
    }

    /** The problems found so far, at most one per cell. */
    private final class Collected implements RowProblems {

        private final List<Problem> list = new ArrayList<>();
        private final Set<String> cells = new HashSet<>();
        private final Map<String, Integer> indexOf = new HashMap<>();

        Collected() {
            for (int i = 0; i < columns.size(); i++) {
                indexOf.put(columns.get(i).key(), i);
            }
        }

        @Override
        public void add(ImportRow row, String columnKey, String messageKey, Object... args) {
            int column = indexOf.get(columnKey);
            if (cells.add(row.number() + ":" + column)) {
                list.add(new Problem(row.number(), column, Templates.label(columns.get(column), texts), messageKey,
                        java.util.Arrays.stream(args).map(String::valueOf).toList()));
            }
        }

        @Override
        public boolean has(ImportRow row, String columnKey) {
            return cells.contains(row.number() + ":" + indexOf.get(columnKey));
        }

        List<Problem> sorted() {
            return list.stream().sorted(java.util.Comparator.comparingInt(Problem::row).thenComparingInt(Problem::column))
                    .toList();
        }
    }
}
