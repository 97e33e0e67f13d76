package cn.quzhou.stations.organisation.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
@EnableConfigurationProperties(SessionPolicy.class)
class SecurityConfiguration {

    /** No inline script anywhere: every script is a file served by the platform itself. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self' data:; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String[] PUBLIC_PATHS = {"/login", "/public/**", "/webjars/**", "/css/**", "/js/**", "/img/**",
        "/favicon.ico", "/actuator/health", "/actuator/health/**", "/error", "/v3/api-docs", "/v3/api-docs/**"};

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm id stored so hashes can be upgraded later
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    SecurityFilterChain web(HttpSecurity http, PlatformUsers users, LoginThrottle throttle, PasswordEncoder encoder,
                            SignInAudit signIn, DeniedAccessAudit denied, ObjectProvider<ClientRegistrationRepository> oidcClients,
                            LegalPersonOidcUserService legalPersons, OnlineSessionStore sessions, SessionPolicy policy,
                            ServerProperties server, Clock clock, SecondFactorSignIn secondFactor) throws Exception {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
        passwords.setPasswordEncoder(encoder);
        http.authenticationProvider(new ThrottledAuthenticationProvider(passwords, throttle))
                .authorizeHttpRequests(a -> a.requestMatchers(PUBLIC_PATHS).permitAll()
                        .requestMatchers(SecondFactorSignIn.PATHS).permitAll().anyRequest().authenticated())
                // a right password may still need a code (SecondFactorSignIn); so may an OIDC sign-in (below)
                .formLogin(f -> f.loginPage("/login").successHandler(secondFactor).failureHandler(signIn).permitAll())
                .logout(l -> l.addLogoutHandler(signIn).addLogoutHandler(SecurityConfiguration::clearSiteData)
                        .logoutSuccessUrl("/login?logout").permitAll())
                // after CSRF and the sign-in filters, before the request is made anonymous: an ended session goes on as nobody
                .addFilterBefore(new SessionGuard(sessions, policy, server.getServlet().getSession().getTimeout(), clock),
                        AnonymousAuthenticationFilter.class)
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .exceptionHandling(e -> e.accessDeniedHandler(denied))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        if (oidcClients.getIfAvailable() != null) {
            http.oauth2Login(o -> o.loginPage("/login")
                    .userInfoEndpoint(u -> u.oidcUserService(legalPersons))
                    .successHandler(secondFactor).failureHandler(signIn));
        }
        return http.build();
    }

    /**
     * Asks the browser to forget what the signed-in pages left behind (cache, cookies, storage). Written on
     * every sign-out, not only over https as Spring's writer does: behind a TLS proxy without forwarded headers
     * the request looks plain, and browsers ignore the header where it does not apply anyway.
     */
    private static void clearSiteData(HttpServletRequest request, HttpServletResponse response, Authentication auth) {
        response.setHeader("Clear-Site-Data", "\"cache\", \"cookies\", \"storage\"");
    }
}
