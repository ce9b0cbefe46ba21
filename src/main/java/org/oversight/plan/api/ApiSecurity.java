package org.oversight.plan.api;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Security for {@code /api/**}: anyone may send GET (the controllers decide what each caller
 * may read, hiding unpublished plans from anonymous callers); everything else needs a signed-in
 * caller, by HTTP Basic or the web session. Refusals are problem details, never a sign-in page.
 * Only requests riding on a session cookie need a CSRF token; those carrying credentials in the
 * Authorization header, or no session at all, cannot be forged that way.
 * Not configured when the jar runs a command (no web server).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class ApiSecurity {
    private static final String REALM = "Oversight";
    private static final String CSRF_MISSING = "Requests made in a signed-in browser session must send the CSRF "
            + "token in the X-CSRF-TOKEN header; or sign in with HTTP Basic instead.";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurityFilterChain(HttpSecurity http, JsonMapper json) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/api/**").permitAll()
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(REALM).authenticationEntryPoint((request, response, e) ->
                        unauthorised(response, json)))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint((request, response, e) -> unauthorised(response, json))
                        .accessDeniedHandler((request, response, e) -> write(response, json, HttpStatus.FORBIDDEN, "Not allowed",
                                e instanceof CsrfException ? CSRF_MISSING : "You may not do this.")))
                .csrf(csrf -> csrf.ignoringRequestMatchers(request -> request.getHeader("Authorization") != null
                        || request.getRequestedSessionId() == null))
                .anonymous(Customizer.withDefaults());
        return http.build();
    }

    private static void unauthorised(HttpServletResponse response, JsonMapper json) throws IOException {
        response.setHeader("WWW-Authenticate", "Basic realm=\"" + REALM + "\"");
        write(response, json, HttpStatus.UNAUTHORIZED, "Sign in needed",
                "Sign in to do this: send your username and password with HTTP Basic authentication.");
    }

    private static void write(HttpServletResponse response, JsonMapper json, HttpStatus status, String title,
                              String detail) throws IOException {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
