package cn.quzhou.stations.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text of the measures (衢市科协〔2021〕24号) as blocks to show read-only: headings, paragraphs and the rows of
 * the appendix tables. The text ships on the class path so the public page never depends on a file outside the jar.
 */
public final class PolicyText {

    /** HEADING: chapter or title; PARAGRAPH: running text; TABLE: consecutive tab-separated lines of an appendix. */
    public enum Kind { HEADING, PARAGRAPH, TABLE }

    /** {@code rows} holds the cells of a TABLE; the other kinds have only {@code text}. */
    public record Block(Kind kind, String text, List<List<String>> rows) {
    }

    static final String RESOURCE = "/policy/quzhou-kx-2021-24.txt";

    // 第一章 总则, 附件, and the centred titles of the notice, the measures and the appendix forms
    private static final Pattern HEADING = Pattern.compile(
            "^(第[一二三四五六七八九十]+章\\s.*|附件|衢市科协〔\\d{4}〕\\d+号|.*(通知|办法（试行）|申请书|绩效考核表))$");
    private static final Pattern CHECKBOX = Pattern.compile("<input type=\"checkbox\"\\s*/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]+>");

    private PolicyText() {
    }

    public static List<Block> blocks() {
        try (InputStream in = PolicyText.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the class path");
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<Block> parse(String text) {
        List<Block> blocks = new ArrayList<>();
        for (String raw : text.split("\\R")) {
            String line = plain(raw);
            if (line.isBlank() || line.chars().allMatch(c -> c == '-')) {
                continue;
            }
            if (line.indexOf('\t') < 0) {
                String trimmed = line.strip();
                blocks.add(new Block(HEADING.matcher(trimmed).matches() ? Kind.HEADING : Kind.PARAGRAPH, trimmed, List.of()));
            } else {
                tableAtEnd(blocks).rows().add(Arrays.stream(line.split("\t", -1)).map(String::strip).toList());
            }
        }
        return blocks;
    }

    private static Block tableAtEnd(List<Block> blocks) {
        if (blocks.isEmpty() || blocks.get(blocks.size() - 1).kind() != Kind.TABLE) {
            blocks.add(new Block(Kind.TABLE, "", new ArrayList<>()));
        }
        return blocks.get(blocks.size() - 1);
    }

    // the appendix came from a word processor: tick-boxes become □, other markup goes, and so do the runs of spaces it leaves
    private static String plain(String line) {
        return TAG.matcher(CHECKBOX.matcher(line).replaceAll("□")).replaceAll(" ")
                .replaceAll(" {2,}", " ").stripTrailing();
    }
}
