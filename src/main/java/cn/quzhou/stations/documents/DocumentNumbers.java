package cn.quzhou.stations.documents;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The city CAST's document numbers (衢市科协〔YYYY〕n号): one gapless series per calendar year, shared by every document
 * the platform issues in it — recognition documents and evaluation results documents alike — so no number is ever
 * issued twice. The counter row is created or incremented by one statement, which locks it until the caller's
 * transaction ends; a rollback gives the number back.
 */
@Service
public class DocumentNumbers {

    private final JdbcClient jdbc;
    private final String format;
    private final java.util.regex.Pattern series;

    DocumentNumbers(JdbcClient jdbc,
                    @Value("${platform.documents.number-format:衢市科协〔{year}〕{seq}号}") String format) {
        this.jdbc = jdbc;
        this.format = format;
        this.series = pattern(format);
    }

    /** The next number of {@code year}, within the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public DocumentNumber next(int year) {
        int seq = jdbc.sql("""
                insert into document_counter (year, last_seq) values (?, 1)
                on conflict (year) do update set last_seq = document_counter.last_seq + 1
                returning last_seq""").param(year).query(Integer.class).single();
        return new DocumentNumber(year, seq,
                format.replace("{year}", String.valueOf(year)).replace("{seq}", String.valueOf(seq)));
    }

    /**
     * Notes a number issued on paper before the platform (an import, decision D8): when it is one of the series's
     * numbers, the year's counter moves up to it so that {@link #next} continues after the highest imported number and
     * never issues it again. Another office's number (another prefix) leaves the series alone. Answers whether it
     * belonged to the series.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean noteIssued(String text) {
        java.util.regex.Matcher m = series.matcher(text.strip());
        if (!m.matches()) {
            return false;
        }
        int year = Integer.parseInt(m.group("year"));
        int seq = Integer.parseInt(m.group("seq"));
        jdbc.sql("""
                insert into document_counter (year, last_seq) values (?, ?)
                on conflict (year) do update set last_seq = greatest(document_counter.last_seq, excluded.last_seq)""")
                .params(year, seq).update();
        return true;
    }

    /** The configured format as a pattern: the literal text around a four-digit year and a sequence number. */
    static java.util.regex.Pattern pattern(String format) {
        String quoted = java.util.regex.Pattern.quote(format);
        return java.util.regex.Pattern.compile(quoted.replace("{year}", "\\E(?<year>\\d{4})\\Q")
                .replace("{seq}", "\\E(?<seq>[1-9]\\d{0,8})\\Q"));
    }

    /** The format numbers are printed in, {@code {year}} and {@code {seq}} standing for the year and the number. */
    public String format() {
        return format;
    }

    /** The number {@code seq} of {@code year} as it would be printed (nothing is issued). */
    public String example(int year, int seq) {
        return format.replace("{year}", String.valueOf(year)).replace("{seq}", String.valueOf(seq));
    }

    /** A document number: its year, its place in the year's series, and as printed. */
    public record DocumentNumber(int year, int seq, String text) {
    }
}
