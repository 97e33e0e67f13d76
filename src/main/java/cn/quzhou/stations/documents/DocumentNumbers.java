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

    DocumentNumbers(JdbcClient jdbc,
                    @Value("${platform.documents.number-format:衢市科协〔{year}〕{seq}号}") String format) {
        this.jdbc = jdbc;
        this.format = format;
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
