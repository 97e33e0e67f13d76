package cn.quzhou.stations.organisation.web;

import cn.quzhou.stations.organisation.PlatformUser;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and the current path in every page's model, for the layout's menu. */
@ControllerAdvice
class CurrentUserAdvice {

    @ModelAttribute("me")
    PlatformUser me(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof PlatformUser user ? user : null;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }
}
