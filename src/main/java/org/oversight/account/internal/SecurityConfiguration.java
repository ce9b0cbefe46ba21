package org.oversight.account.internal;

import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.POST;

import jakarta.servlet.http.HttpServletRequest;
import org.oversight.account.Role;
import org.springframework.beans.factory.annotation.Value;
import java.util.List;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.config.Customizer;

/**
 * Who may reach which route. People sign in with a local account, or, when
 * {@code spring.security.oauth2.client.registration.*} names an OpenID Connect provider, with
 * their organisation's account (roles from {@link OrganisationRoles}). Two chains: {@code /api/**} answers 401 with an HTTP Basic
 * challenge and accepts Basic credentials or the browser session; everything else signs in
 * with the form at {@code /sign-in}. CSRF tokens are required on every state-changing request
 * except API calls that carry their own {@code Authorization: Basic} (or, from another instance
 * publishing its shared standings, {@code Bearer}) header (a cross-site form cannot set that
 * header) or no session cookie at all; API calls riding on the session
 * cookie still need the token (header {@code X-CSRF-TOKEN} or parameter {@code _csrf}).
 * The chains exist only with a web server: the jar's commands run without one.
 */
@Configuration
@EnableConfigurationProperties({AccountProperties.class, OidcProperties.class})
class SecurityConfiguration {
    static final String[] MANAGE = {"ADMINISTRATOR", "PLAN_MANAGER"};
    static final String[] UPDATE = {"ADMINISTRATOR", "PLAN_MANAGER", "ACTION_LEAD"};
    /** No inline script anywhere: scripts come only from this server's own files. */
    static final String CSP = "default-src 'self'; script-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";
    static final String PERMISSIONS = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "accelerometer=(), gyroscope=(), magnetometer=()";

    /**
     * Request timings (http_server_requests) stay; timing each of Spring Security's filters,
     * sign-ins and decisions on every request costs more than it tells.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

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
     * CSRF attacks ride on the session cookie. An API call that brings its own Basic (or Bearer)
     * credentials, or no session at all, has nothing for a forged request to borrow.
     */
    private static boolean carriesNoSessionCookie(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        boolean basic = header != null && (header.regionMatches(true, 0, "Basic ", 0, 6)
                || header.regionMatches(true, 0, "Bearer ", 0, 7));
        return basic || request.getRequestedSessionId() == null;
    }

    private void apiRules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry api) {
        api.requestMatchers("/api/docs", "/api/docs.yaml", "/api/docs/**").permitAll()
                .requestMatchers(POST, "/api/actions/*/updates").hasAnyRole(UPDATE)
                .requestMatchers(GET, "/api/plans", "/api/plans/**", "/api/actions/*", "/api/actions/*/updates",
                        "/api/actions/*/updates/*")
                .permitAll()
                .requestMatchers("/api/plans", "/api/plans/**", "/api/actions/**").hasAnyRole(MANAGE)
                // Another instance publishing its councils' shared standings: sharing checks its Bearer token.
                .requestMatchers(org.springframework.http.HttpMethod.PUT, "/api/shared-standings").permitAll()
                .anyRequest().authenticated();
    }

    /**
     * Operations: {@code /actuator/health} for load balancers, open to all; every other
     * actuator endpoint ({@code /actuator/prometheus}) needs the role in
     * {@code oversight.operations.metrics-role}, by HTTP Basic as scrapers sign in.
     */
    @Bean
    @Order(0)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain operationsChain(HttpSecurity http, AuthenticationManager manager,
            @Value("${oversight.operations.metrics-role:ADMINISTRATOR}") String metricsRole) throws Exception {
        http.securityMatcher("/actuator/**")
                .authenticationManager(manager)
                .authorizeHttpRequests(ops -> ops
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyRequest().hasRole(metricsRole))
                .httpBasic(basic -> basic.realmName("Oversight operations"))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable());
        return headers(http).build();
    }

    /**
     * The audit trail and the outbox hold every organisation's records and mail: only an
     * administrator who belongs to no organisation (serving the whole instance) sees them.
     */
    static boolean servesWholeInstance(org.springframework.security.core.Authentication person) {
        return person != null && person.isAuthenticated()
                && person.getAuthorities().stream().anyMatch(a -> Role.ADMINISTRATOR.authority().equals(a.getAuthority()))
                && org.oversight.account.OrganisationAuthority.organisationOf(person) == null;
    }

    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain webChain(HttpSecurity http, AuthenticationManager manager,
            SignInFailureHandler failureHandler, ObjectProvider<ClientRegistrationRepository> organisations,
            OidcProperties oidc, OrganisationNames organisationNames) throws Exception {
        SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/");
        ClientRegistrationRepository registrations = organisations.getIfAvailable();
        http.authenticationManager(registrations == null ? manager
                : withOrganisationSignIn(manager, new OrganisationRoles(oidc, organisationNames)))
                .authorizeHttpRequests(web -> web
                        .requestMatchers("/assets/**", "/webjars/**", "/sign-in", "/error", "/favicon.ico").permitAll()
                        .requestMatchers("/outbox", "/audit/**", "/boards/*/organisation", "/indicators/*/organisation").access((person, request) ->
                                new org.springframework.security.authorization.AuthorizationDecision(servesWholeInstance(person.get())))
                        .requestMatchers("/accounts", "/accounts/**").hasRole("ADMINISTRATOR")
                        .requestMatchers("/imports", "/imports/**").hasAnyRole(MANAGE)
                        .requestMatchers("/plans/*/rounds", "/plans/*/rounds/**").hasAnyRole(MANAGE)
                        .requestMatchers("/rounds/**").hasAnyRole(UPDATE)
                        .requestMatchers("/plans/new", "/plans/*/edit", "/plans/*/edit/**",
                                "/plans/*/recommendations/new", "/plans/*/recommendations/*/edit",
                                "/plans/*/workstreams/new", "/plans/*/recommendations/*/actions/new",
                                "/recommendations/*/actions/new", "/actions/*/edit", "/actions/*/archive",
                                "/actions/*/override", "/actions/*/deadline").hasAnyRole(MANAGE)
                        .requestMatchers(POST, "/actions/*/updates").hasAnyRole(UPDATE)
                        .requestMatchers(GET, "/boards/*/public", "/boards/*/public.json", "/boards/*/meetings.ics",
                                "/meetings/*/agenda", "/meetings/*/agenda.pdf", "/meetings/*/agenda.docx", "/meetings/*/agenda/appendices/*").permitAll()
                        .requestMatchers("/minutes/import", "/minutes/import/**").hasAnyRole(MANAGE)
                        .requestMatchers(POST, "/boards/*/meetings", "/meetings/*/items", "/follow-ups/*/close",
                                "/meetings/*/sign-offs", "/meetings/*/extensions").hasAnyRole(MANAGE)
                        // Creating and changing boards, members, meetings: governance checks whose board it is.
                        .requestMatchers("/boards/new", "/boards/*/edit", "/boards/*/members", "/boards/*/members/**",
                                "/boards/*/meetings/new", "/meetings/*/edit", "/boards/*/report-template").hasAnyRole(MANAGE)
                        // Committee reports: authors, clearing officers and clerks; committee checks which report.
                        .requestMatchers("/committee-reports/**", "/meetings/*/committee-reports").authenticated()
                        // Plan managers, administrators and the board's own supporting officers: governance checks which board.
                        .requestMatchers(POST, "/boards/*/programme", "/work-programme/*/move", "/work-programme/*/remove").authenticated()
                        .requestMatchers("/indicators/import", "/indicators/import/**", "/indicators/*/links",
                                "/indicators/*/links/**", "/indicators/*/edit", "/indicators/new", "/plans/*/indicators/**").hasAnyRole(MANAGE)
                        .requestMatchers("/indicators/enter", "/indicators/values/**").hasAnyRole(UPDATE)
                        .requestMatchers(POST, "/plans/*/reports").hasAnyRole(MANAGE)
                        // A council's plan managers share its plans and indicators; advisers and others read them at /overview.
                        .requestMatchers("/sharing", "/sharing/**").hasAnyRole(MANAGE)
                        .requestMatchers(GET, "/overview", "/overview.csv", "/overview.xlsx", "/indicators/*/compared").authenticated()
                        .requestMatchers(GET, "/", "/plans", "/plans/**", "/actions/*").permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/sign-in").loginProcessingUrl("/sign-in")
                        .usernameParameter("username").passwordParameter("password")
                        .successHandler(success).failureHandler(failureHandler).permitAll())
                .logout(logout -> logout.logoutUrl("/sign-out").logoutSuccessUrl("/plans?signed-out")
                        .deleteCookies("JSESSIONID", "SESSION"));
        if (registrations != null) {
            http.oauth2Login(login -> login.loginPage("/sign-in")
                    .userInfoEndpoint(user -> user.oidcUserService(new OrganisationRoles(oidc, organisationNames)))
                    .successHandler(success).failureHandler(failureHandler));
        }
        return headers(http).build();
    }

    /**
     * The web chain's sign-in: OpenID Connect authorization codes first, and local accounts
     * (with their throttling) through the shared manager for everything else.
     */
    private static AuthenticationManager withOrganisationSignIn(AuthenticationManager local, OrganisationRoles roles) {
        OidcAuthorizationCodeAuthenticationProvider organisation = new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), roles);
        return new ProviderManager(List.of(organisation), local);
    }

    private static HttpSecurity headers(HttpSecurity http) throws Exception {
        return http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
                .frameOptions(frame -> frame.deny())
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", PERMISSIONS)))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
    }
}
