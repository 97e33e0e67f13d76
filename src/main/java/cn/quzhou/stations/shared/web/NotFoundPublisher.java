package cn.quzhou.stations.shared.web;

import cn.quzhou.stations.shared.NotFoundException;
import cn.quzhou.stations.shared.RecordNotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;

/**
 * Sees every {@link NotFoundException} first (pages and API alike), announces it and lets the usual resolvers answer
 * 404: the facade's transaction has already rolled back, so the audit row it leads to is written on its own.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class NotFoundPublisher implements HandlerExceptionResolver {

    private final ApplicationEventPublisher events;

    NotFoundPublisher(ApplicationEventPublisher events) {
        this.events = events;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
                                         Exception e) {
        if (e instanceof NotFoundException) {
            events.publishEvent(new RecordNotFound(request.getMethod(), request.getRequestURI()));
        }
        return null;
    }
}
