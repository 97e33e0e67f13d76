package cn.quzhou.stations.organisation.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Until a temporary password is changed, every page leads to the change-password form. */
@Configuration(proxyBeanMethods = false)
class MustChangePasswordInterceptor implements HandlerInterceptor, WebMvcConfigurer {

    /** Set at sign-in by the organisation module's success handler. */
    static final String ATTRIBUTE = "mustChangePassword";

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws IOException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ATTRIBUTE) != null
                && !request.getRequestURI().startsWith(request.getContextPath() + "/account/password")) {
            response.sendRedirect(request.getContextPath() + "/account/password");
            return false;
        }
        return true;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).excludePathPatterns("/login", "/logout", "/error", "/webjars/**", "/css/**",
                "/js/**", "/img/**", "/public/**");
    }
}
