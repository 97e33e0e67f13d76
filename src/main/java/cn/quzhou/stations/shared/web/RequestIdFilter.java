package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * First of all filters: gives the request its id (the proxy's {@code X-Request-Id}, or a new one), puts it in the
 * log context and the response header. The error dispatch that follows a failure is filtered too and keeps the
 * same id, so the error page's reference is the id in the header and in the log lines of the failure.
 */
class RequestIdFilter extends OncePerRequestFilter {

    static final String ATTRIBUTE = RequestId.ATTRIBUTE;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Object known = request.getAttribute(ATTRIBUTE);
        String id = known != null ? known.toString() : RequestId.of(request);
        request.setAttribute(ATTRIBUTE, id);
        response.setHeader(RequestIds.HEADER, id);
        String outer = MDC.get(RequestIds.MDC_KEY);
        MDC.put(RequestIds.MDC_KEY, id);
        try {
            chain.doFilter(request, response);
        } finally {
            if (outer == null) {
                MDC.remove(RequestIds.MDC_KEY);
            } else {
                MDC.put(RequestIds.MDC_KEY, outer);
            }
        }
    }

    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }
}
