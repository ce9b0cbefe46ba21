package org.oversight.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@OversightTest
class SecurityRulesTest {
    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("should answer 401 with a Basic challenge when the API is called without credentials")
    void apiNeedsCredentials() throws Exception {
        mvc.perform(post("/api/actions/1/updates").contentType("application/json").content("{}"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", startsWith("Basic realm=\"Oversight\"")));
        mvc.perform(get("/api/anything-private")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/plans/1").with(httpBasic("viewer", "wrong-password")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("should let a Basic API caller write without a CSRF token only with the right role")
    void apiWritesFollowRoles() throws Exception {
        mvc.perform(post("/api/actions/1/updates").with(httpBasic("viewer", "demo-password")))
                .andExpect(status().isForbidden());
        int managerStatus = mvc.perform(post("/api/actions/1/updates").with(httpBasic("manager", "demo-password")))
                .andReturn().getResponse().getStatus();
        assertThat(managerStatus).isNotIn(401, 403);
    }

    @Test
    @DisplayName("should still demand a CSRF token when the API is called with the session cookie")
    void sessionApiCallsNeedCsrf() throws Exception {
        MockHttpSession session = new MockHttpSession();
        SignInPages.signIn(mvc, session, "manager", "demo-password", "10.2.0.1");
        RequestPostProcessor cookie = request -> {
            request.setRequestedSessionId(session.getId());
            return request;
        };

        mvc.perform(post("/api/actions/1/updates").session(session).with(cookie))
                .andExpect(status().isForbidden());
        int withToken = mvc.perform(post("/api/actions/1/updates").session(session).with(cookie).with(csrf()))
                .andReturn().getResponse().getStatus();
        assertThat(withToken).isNotIn(401, 403);
    }

    @Test
    @DisplayName("should send anonymous visitors to sign in, and forbid accounts to anyone but administrators")
    void accountsAreForAdministratorsOnly() throws Exception {
        mvc.perform(get("/accounts")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/sign-in"));

        mvc.perform(get("/accounts").with(user("manager").roles("PLAN_MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/accounts/new").with(user("lead").roles("ACTION_LEAD"))).andExpect(status().isForbidden());
        mvc.perform(get("/accounts").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/accounts").with(user("admin").roles("ADMINISTRATOR"))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("should keep plan editing for plan managers and administrators")
    void planEditingNeedsPlanManager() throws Exception {
        mvc.perform(get("/plans/new")).andExpect(redirectedUrl("/sign-in"));
        mvc.perform(get("/plans/new").with(user("viewer").roles("VIEWER"))).andExpect(status().isForbidden());
        mvc.perform(get("/actions/3/edit").with(user("lead").roles("ACTION_LEAD"))).andExpect(status().isForbidden());
        mvc.perform(post("/actions/3/updates").with(csrf()).with(user("viewer").roles("VIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/my-actions")).andExpect(redirectedUrl("/sign-in"));
    }

    @Test
    @DisplayName("should send the home page to the list of plans and let anyone reach it")
    void homeGoesToPlans() throws Exception {
        mvc.perform(get("/")).andExpect(redirectedUrl("/plans"));
    }

    @Test
    @DisplayName("should forbid framing and allow only this site's scripts and styles")
    void sendsSecurityHeaders() throws Exception {
        String policy = mvc.perform(get("/sign-in")).andReturn().getResponse().getHeader("Content-Security-Policy");

        assertThat(policy).contains("default-src 'self'", "frame-ancestors 'none'").doesNotContain("unsafe-inline");
        mvc.perform(get("/sign-in")).andExpect(header().string("X-Frame-Options", "DENY"));
    }
}
