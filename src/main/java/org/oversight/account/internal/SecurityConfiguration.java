package org.oversight.account.internal;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Who may reach which route. Two chains: {@code /api/**} answers 401 with an HTTP Basic
 * challenge and accepts Basic credentials or the browser session; everything else signs in
 * with the form at {@code /sign-in}. CSRF tokens are required on every state-changing request
 * except API calls that carry their own {@code Authorization: Basic} header (a cross-site
 * form cannot set that header) or no session cookie at all; API calls riding on the session
 * cookie still need the token (header {@code X-CSRF-TOKEN} or parameter {@code _csrf}).
 * The chains exist only with a web server: the jar's commands run without one.
 */
@Configuration
@EnableConfigurationProperties(AccountProperties.class)
class SecurityConfiguration {
    static final String[] MANAGE = {"ADMINISTRATOR", "PLAN_MANAGER"};
    static final String[] UPDATE = {"ADMINISTRATOR", "PLAN_MANAGER", "ACTION_LEAD"};
    private static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AuthenticationManager authenticationManager(AccountDetailsService details, PasswordEncoder encoder,
            SignInThrottle throttle) {
        DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(details);
        passwords.setPasswordEncoder(encoder);
        return new ProviderManager(new ThrottledAuthenticationProvider(passwords, throttle));
    }

    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain apiChain(HttpSecurity http, AuthenticationManager manager) throws Exception {
        BasicAuthenticationEntryPoint challenge = new BasicAuthenticationEntryPoint();
        challenge.setRealmName("Oversight");
        http.securityMatcher("/api/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(this::apiRules)
                .httpBasic(basic -> basic.authenticationEntryPoint(challenge))
                .exceptionHandling(e -> e.authenticationEntryPoint(challenge))
                .csrf(csrf -> csrf.ignoringRequestMatchers(SecurityConfiguration::carriesNoSessionCookie));
        return headers(http).build();
    }

    /**
     * CSRF attacks ride on the session cookie. An API call that brings its own Basic
     * credentials, or no session at all, has nothing for a forged request to borrow.
     */
    private static boolean carriesNoSessionCookie(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
        return basic || request.getRequestedSessionId() == null;
    }

    private void apiRules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/docs", "/api/docs/**").permitAll()
                .requestMatchers(POST, "/api/actions/*/updates").hasAnyRole(UPDATE)
                .requestMatchers(GET, "/api/plans", "/api/plans/**", "/api/actions/*", "/api/actions/*/updates",
                        "/api/actions/*/updates/*")
                .permitAll()
                .requestMatchers("/api/plans", "/api/plans/**", "/api/actions/**").hasAnyRole(MANAGE)
                .anyRequest().authenticated();
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager manager,
            SignInFailureHandler failureHandler) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/plans");
        http.authenticationManager(manager)
                .authorizeHttpRequests(web -> web
                        .requestMatchers("/assets/**", "/webjars/**", "/sign-in", "/error", "/favicon.ico").permitAll()
                        .requestMatchers("/accounts", "/accounts/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/imports", "/imports/**").hasAnyRole(MANAGE)
                        .requestMatchers("/plans/new", "/plans/*/edit", "/plans/*/edit/**",
                                "/actions/*/edit", "/actions/*/override", "/actions/*/deadline").hasAnyRole(MANAGE)
                        .requestMatchers(POST, "/actions/*/updates").hasAnyRole(UPDATE)
                        .requestMatchers(POST, "/plans/*/reports").hasAnyRole(MANAGE)
                        .requestMatchers(GET, "/", "/plans", "/plans/**", "/actions/*").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .usernameParameter("username").passwordParameter("password")
                        .successHandler(success).failureHandler(failureHandler).permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/plans?signed-out")
                        .deleteCookies("JSESSIONID"));
        return headers(http).build();
    }

    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
    }
}
