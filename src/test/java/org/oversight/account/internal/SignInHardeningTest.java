package org.oversight.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.oversight.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Session fixation, logged failures and the security headers on every kind of response. */
@OversightTest
@ExtendWith(OutputCaptureExtension.class)
class SignInHardeningTest {
    @Autowired
    MockMvc mvc;

    @Test
    @DisplayName("should give the session a new id when someone signs in")
    void sessionIdChangesAtSignIn() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/sign-in").session(session));
        String before = session.getId();

        var result = mvc.perform(post("/sign-in").session(session).with(csrf())
                .param("username", "viewer").param("password", "demo-password")
                .with(r -> {
                    r.setRemoteAddr("10.7.0.1");
                    r.setRequestedSessionId(before);
                    r.setRequestedSessionIdFromCookie(true);
                    return r;
                })).andReturn();

        assertThat(result.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(result.getRequest().getSession().getId()).isNotEqualTo(before);
    }

    @Test
    @DisplayName("should log a failed sign-in with the address and a hash of the username, never the password")
    void failedSignInsAreLogged(CapturedOutput output) throws Exception {
        SignInPages.signIn(mvc, new MockHttpSession(), "Viewer", "guessed-secret-42", "10.7.0.2");

        assertThat(output.getOut()).contains("Sign-in refused (wrong username or password): username sha256:"
                + SignInLog.hashOf("viewer") + " from address 10.7.0.2");
        assertThat(output.getOut()).doesNotContain("guessed-secret-42").doesNotContain("username Viewer");
    }

    @Test
    @DisplayName("should send the security headers on pages, API answers, refusals and errors")
    void securityHeaders() throws Exception {
        for (String path : new String[] {"/plans", "/api/plans", "/accounts", "/no-such-page", "/sign-in"}) {
            MockHttpServletResponse response = mvc.perform(get(path)).andReturn().getResponse();
            assertThat(response.getHeader("Content-Security-Policy")).as(path)
                    .contains("script-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline");
            assertThat(response.getHeader("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(response.getHeader("Referrer-Policy")).as(path).isEqualTo("same-origin");
            assertThat(response.getHeader("Permissions-Policy")).as(path).contains("camera=()").contains("geolocation=()");
            assertThat(response.getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
        }
    }
}
