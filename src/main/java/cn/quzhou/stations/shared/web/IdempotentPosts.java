package cn.quzhou.stations.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Safe retries (issue #13): a POST to {@code /api/**} with an {@code Idempotency-Key} runs in one transaction with the
 * storing of its answer, and the answer reaches the client only after the commit. So a 2xx is never lost — a client
 * whose connection dropped retries with the same key and gets the stored answer (header {@code Idempotent-Replayed:
 * true}), nothing is created twice — and a failure rolls back everything. The same key with another request (method,
 * path or body) is a 422; a key whose first request is still running is a 409. Keys are per account. Multipart
 * uploads are not covered (their body is read by the container).
 */
class IdempotentPosts extends OncePerRequestFilter {

    static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ProblemWriter problems;

    IdempotentPosts(JdbcClient jdbc, TransactionTemplate transactions, ProblemWriter problems) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.problems = problems;
    }

    record Stored(String requestHash, int status, String contentType, String location, byte[] body) {
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String type = request.getContentType();
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/")
                || type != null && type.toLowerCase().startsWith("multipart/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        String key = request.getHeader(HEADER);
        if (who == null || !who.isAuthenticated()) {
            chain.doFilter(request, response);
            return;
        }
        if (key.isBlank() || key.length() > 200 || cn.quzhou.stations.shared.Input.hasForbiddenCharacters(key)) {
            problems.writeInvalid(request, response, HEADER, "idempotency.error.key");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String line = request.getMethod() + " " + request.getRequestURI()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String hash = sha256(line, body);
        Optional<Stored> earlier = find(who.getName(), key);
        if (earlier.isPresent()) {
            replay(earlier.get(), hash, request, response);
            return;
        }
        ContentCachingResponseWrapper answer = new ContentCachingResponseWrapper(response);
        try {
            transactions.executeWithoutResult(tx -> {
                try {
                    chain.doFilter(new CachedBody(request, body), answer);
                } catch (IOException | ServletException e) {
                    throw new IllegalStateException(e);
                }
                if (answer.getStatus() >= 200 && answer.getStatus() < 300) {
                    store(who.getName(), key, line, hash, answer);
                } else if (tx.isRollbackOnly()) {
                    // the refused command's own transaction would have rolled back: so does this one, quietly
                    tx.setRollbackOnly();
                }
                // else a refusal that wrote only its own record (the DENIED audit row) commits as it would have
            });
        } catch (DuplicateKeyException e) {
            answer.resetBuffer();
            problems.write(request, response, 409, "conflict", "idempotency.error.inProgress");
            return;
        }
        answer.copyBodyToResponse();
    }

    private Optional<Stored> find(String principal, String key) {
        return jdbc.sql("""
                        select request_hash, status, content_type, location, body from api_idempotency
                        where principal = ? and idempotency_key = ?""")
                .params(principal, key)
                .query((rs, n) -> new Stored(rs.getString(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getBytes(5)))
                .optional();
    }

    private void store(String principal, String key, String line, String hash, ContentCachingResponseWrapper answer) {
        jdbc.sql("""
                        insert into api_idempotency (principal, idempotency_key, request_line, request_hash, status,
                                                     content_type, location, body)
                        values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(principal, key, line.length() > 2000 ? line.substring(0, 2000) : line, hash,
                        answer.getStatus(), answer.getContentType(), answer.getHeader(HttpHeaders.LOCATION),
                        answer.getContentAsByteArray())
                .update();
    }

    private void replay(Stored stored, String hash, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        if (!stored.requestHash().equals(hash)) {
            problems.write(request, response, 422, "business_rule", "idempotency.error.keyReused");
            return;
        }
        response.setStatus(stored.status());
        response.setHeader(REPLAYED, "true");
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    private static String sha256(String line, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(line.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) '\n');
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The request with its body already read (to hash it), readable again by the controller. */
    private static final class CachedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }
    }
}
