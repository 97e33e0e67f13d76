package cn.quzhou.stations.audit.internal;

import cn.quzhou.stations.audit.AuditLog;
import cn.quzhou.stations.audit.AuditOutcome;
import cn.quzhou.stations.audit.AuditRecord;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Audits every file that leaves the platform — attachment, PDF, Excel export, from a page or the API — at the moment
 * its {@code Content-Disposition: attachment} header is set, i.e. before the first byte of the file is sent. Every
 * download goes through {@code FileDownloads} or {@code ListWorkbook}, which always set that header, so no controller
 * can forget it. If the audit row cannot be written the header is never set and the download fails with it.
 */
@Component
class DownloadAudit extends OncePerRequestFilter {

    private final AuditLog audit;

    DownloadAudit(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(request, new Watched(request, response));
    }

    private void downloaded(HttpServletRequest request, String disposition) {
        String file = fileName(disposition);
        boolean workbook = file != null && file.toLowerCase(Locale.ROOT).endsWith(".xlsx");
        RequestObject object = RequestObject.of(request.getRequestURI());
        audit.record(new AuditRecord(null, workbook ? "file.export" : "file.download", object.type(), object.id(),
                AuditOutcome.SUCCESS, request.getMethod() + " " + request.getRequestURI() + " → " + file));
    }

    private static String fileName(String disposition) {
        try {
            return ContentDisposition.parse(disposition).getFilename();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Watches for the attachment header; records once per response. */
    private final class Watched extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private boolean recorded;

        Watched(HttpServletRequest request, HttpServletResponse response) {
            super(response);
            this.request = request;
        }

        @Override
        public void setHeader(String name, String value) {
            watch(name, value);
            super.setHeader(name, value);
        }

        @Override
        public void addHeader(String name, String value) {
            watch(name, value);
            super.addHeader(name, value);
        }

        private void watch(String name, String value) {
            if (!recorded && HttpHeaders.CONTENT_DISPOSITION.equalsIgnoreCase(name) && value != null
                    && value.regionMatches(true, 0, "attachment", 0, "attachment".length())) {
                downloaded(request, value);
                recorded = true;
            }
        }
    }
}
