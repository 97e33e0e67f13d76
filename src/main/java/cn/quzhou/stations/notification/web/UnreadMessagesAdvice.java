package cn.quzhou.stations.notification.web;

import cn.quzhou.stations.notification.Notifications;
import cn.quzhou.stations.organisation.PlatformUser;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** The number of unread messages, for the badge beside the user's name in the layout's menu. */
@ControllerAdvice
class UnreadMessagesAdvice {

    /** The model attribute of the count ({@code layout :: unread}). */
    static final String MODEL = "unreadMessages";

    private static final Logger log = LoggerFactory.getLogger(UnreadMessagesAdvice.class);

    private final Notifications notifications;

    UnreadMessagesAdvice(Notifications notifications) {
        this.notifications = notifications;
    }

    @ModelAttribute(MODEL)
    Long unreadMessages(Authentication authentication, HttpServletRequest request) {
        // API answers carry no model: counting there would be one wasted statement per call
        if (authentication == null || !(authentication.getPrincipal() instanceof PlatformUser)
                || request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            return 0L;
        }
        try {
            return notifications.unreadCount();
        } catch (DataAccessException e) {
            // a badge is never worth failing a page (not even the error page) for
            log.warn("unread messages could not be counted: {}", e.toString());
            return 0L;
        }
    }
}
