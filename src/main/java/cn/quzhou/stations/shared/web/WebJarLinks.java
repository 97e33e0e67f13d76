package cn.quzhou.stations.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Versioned webjar links ({@code /webjars/bootstrap/css/…} → {@code /webjars/bootstrap/5.3.8/css/…}) without the cost
 * of Spring's {@link ResourceUrlEncodingFilter} on every other link.
 *
 * <p>Why (issue #9): the auto-configured filter sends every link a page builds through the resource chain of the
 * {@code /**} static handler; a link that is no static file ({@code /stations/42}, each row's link, each page of the
 * pager) misses, misses are not cached, and each miss is a class-path search of every jar under four locations — 65 %
 * of the CPU time of a signed-in list page in a JFR profile. Only webjar links have a version to add, so only they are
 * resolved here; every other link is left as written.
 */
@Configuration(proxyBeanMethods = false)
class WebJarLinks {

    private static final String WEBJARS = "/webjars/";

    /** Takes the place of Thymeleaf's auto-configured registration (it backs off when this bean exists) and disables it. */
    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilter() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> off = new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        off.setEnabled(false);
        return off;
    }

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> webJarLinkFilter(ObjectProvider<ResourceUrlProvider> provider) {
        FilterRegistrationBean<OncePerRequestFilter> links = new FilterRegistrationBean<>(new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                chain.doFilter(request, new Links(request, response, provider.getIfAvailable()));
            }

            @Override
            protected boolean shouldNotFilterErrorDispatch() {
                return false; // the friendly error page links the same stylesheets
            }
        });
        links.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
        return links;
    }

    /** Rewrites the links the page encodes when, and only when, they point into a webjar. */
    private static final class Links extends HttpServletResponseWrapper {

        private final HttpServletRequest request;
        private final ResourceUrlProvider provider;

        Links(HttpServletRequest request, HttpServletResponse response, ResourceUrlProvider provider) {
            super(response);
            this.request = request;
            this.provider = provider;
        }

        @Override
        public String encodeURL(String url) {
            if (provider != null && url.startsWith(request.getContextPath() + WEBJARS)) {
                String versioned = provider.getForRequestUrl(request, url);
                if (versioned != null) {
                    return super.encodeURL(versioned);
                }
            }
            return super.encodeURL(url);
        }
    }
}
