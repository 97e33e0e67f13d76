package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.ApiProblem;
import cn.quzhou.stations.shared.RequestIds;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database is away every page would fail, and so would the error page (the session, the menu's unread count
 * all live in the database). Placed before the session filter, this answers such a failure with a self-contained 503
 * page (or problem+json under /api) that carries the request id as its reference, and logs one line instead of a stack
 * trace per request. Nothing is cached: the next request after the database returns is served as usual.
 */
class DatabaseAwayFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAwayFilter.class);

    private final MessageSource messages;
    private final tools.jackson.databind.json.JsonMapper json;

    DatabaseAwayFilter(MessageSource messages, tools.jackson.databind.json.JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (IOException | ServletException | RuntimeException e) {
            if (!DatabaseAway.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            String reference = RequestIds.current();
            log.warn("Database unreachable, answered 503, reference {} at {}: {}", reference, request.getRequestURI(),
                    rootMessage(e));
            answer(request, response, reference);
        }
    }

    private void answer(HttpServletRequest request, HttpServletResponse response, String reference) throws IOException {
        response.reset();
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(RequestIds.HEADER, reference);
        response.setHeader("Retry-After", "10");
        response.setCharacterEncoding("UTF-8");
        Locale locale = locale(request);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setContentType(ApiProblem.MEDIA_TYPE);
            // the one problem shape (issue #18), as ApiExceptionHandler answers a database that is away
            response.getWriter().write(json.writeValueAsString(ApiProblem.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE,
                    "unavailable", messages.getMessage("error.databaseAway.help", null, locale), reference)));
            return;
        }
        response.setContentType("text/html");
        String css = request.getContextPath() + "/webjars/bootstrap/css/bootstrap.min.css";
        response.getWriter().write("<!DOCTYPE html><html lang=\"" + locale.getLanguage() + "\"><head><meta charset=\"utf-8\">"
                + "<title>" + text("error.databaseAway.title", locale) + "</title><link rel=\"stylesheet\" href=\"" + css
                + "\"></head><body><main class=\"container py-5\"><h1 class=\"h3\">" + text("error.databaseAway.title", locale)
                + "</h1><p>" + text("error.databaseAway.help", locale) + "</p><p class=\"text-muted\" id=\"error-reference\">"
                + HtmlUtils.htmlEscape(messages.getMessage("error.reference", new Object[] {reference}, locale))
                + "</p></main></body></html>");
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(messages.getMessage(key, null, locale));
    }

    /** The language cookie of the pages (?lang=en), else Chinese; the API asks in Accept-Language. */
    private static Locale locale(HttpServletRequest request) {
        if (request.getCookies() != null) {
            for (Cookie c : request.getCookies()) {
                if ("lang".equals(c.getName()) && c.getValue().startsWith("en")) {
                    return Locale.ENGLISH;
                }
            }
        }
        String accept = request.getHeader("Accept-Language");
        return accept != null && accept.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
