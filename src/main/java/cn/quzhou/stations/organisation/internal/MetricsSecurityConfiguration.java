package cn.quzhou.stations.organisation.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.NullSecurityContextRepository;
import org.springframework.util.StringUtils;

/**
 * {@code /actuator/prometheus} is for the monitoring system only: HTTP Basic with the scrape account
 * ({@code platform.metrics.username}/{@code password}, env PLATFORM_METRICS_PASSWORD), never a platform user's sign-in.
 * Without a password nobody may read it. No session is made; the rule holds on the public port and on a separate
 * management port ({@code management.server.port}) alike.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

    static final String METRICS_PATHS = "/actuator/prometheus";

    @Bean
    @Order(0)
    SecurityFilterChain metrics(HttpSecurity http, @Value("${platform.metrics.username:prometheus}") String username,
                                @Value("${platform.metrics.password:}") String password) throws Exception {
        boolean open = StringUtils.hasText(password);
        http.securityMatcher(METRICS_PATHS)
                .authorizeHttpRequests(a -> {
                    if (open) {
                        a.anyRequest().hasRole("METRICS");
                    } else {
                        a.anyRequest().denyAll();
                    }
                })
                .httpBasic(b -> b.realmName("metrics"))
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .securityContext(c -> c.securityContextRepository(new NullSecurityContextRepository()))
                .requestCache(r -> r.disable())
                .csrf(c -> c.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable());
        if (open) {
            DaoAuthenticationProvider scrape = new DaoAuthenticationProvider(new InMemoryUserDetailsManager(
                    User.withUsername(username).password("{noop}" + password).roles("METRICS").build()));
            http.authenticationManager(new ProviderManager(scrape));
        }
        return http.build();
    }
}
