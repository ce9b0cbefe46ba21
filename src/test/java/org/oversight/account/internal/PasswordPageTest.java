package org.oversight.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.Accounts;
import org.oversight.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

@OversightTest
@Transactional
class PasswordPageTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    private Document change(String username, String current, String next, String confirm) throws Exception {
        return Jsoup.parse(mvc.perform(post("/account/password").with(user(username).roles("VIEWER")).with(csrf())
                        .param("currentPassword", current).param("newPassword", next).param("confirmPassword", confirm))
                .andReturn().getResponse().getContentAsString());
    }

    @Test
    @DisplayName("should change a local account's password, after which only the new one signs in")
    void changesPassword() throws Exception {
        accounts.create("kim.lee", "Kim Lee", Role.VIEWER, "orange copper lantern");
        mvc.perform(post("/account/password").with(user("kim.lee").roles("VIEWER")).with(csrf())
                        .param("currentPassword", "orange copper lantern")
                        .param("newPassword", "violet harbour teapot").param("confirmPassword", "violet harbour teapot"))
                .andExpect(redirectedUrl("/account/password"));

        assertThat(SignInPages.signIn(mvc, new MockHttpSession(), "kim.lee", "orange copper lantern", "10.9.0.1"))
                .isEqualTo("/sign-in?error");
        assertThat(SignInPages.signIn(mvc, new MockHttpSession(), "kim.lee", "violet harbour teapot", "10.9.0.2"))
                .isEqualTo("/");
    }

    @Test
    @DisplayName("should refuse a short, a common or a mistyped new password, and a wrong current one, saying why")
    void refusesWeakPasswords() throws Exception {
        accounts.create("kim.lee", "Kim Lee", Role.VIEWER, "orange copper lantern");
        assertThat(change("kim.lee", "orange copper lantern", "short", "short").select("#newPassword-error").text())
                .contains("at least 12 characters");
        assertThat(change("kim.lee", "orange copper lantern", "Password1234", "Password1234")
                .select("#newPassword-error").text()).contains("commonly used");
        assertThat(change("kim.lee", "orange copper lantern", "violet harbour teapot", "violet harbour")
                .select("#confirmPassword-error").text()).contains("different");
        assertThat(change("kim.lee", "not my password", "violet harbour teapot", "violet harbour teapot")
                .select("#currentPassword-error").text()).contains("incorrect");
        assertThat(change("kim.lee", "orange copper lantern", "x".repeat(129), "x".repeat(129))
                .select("#newPassword-error").text()).contains("128 characters or fewer");
    }

    @Test
    @DisplayName("should apply the same rules when an administrator creates an account")
    void creatingAccountsUsesTheRules() throws Exception {
        String html = mvc.perform(post("/accounts").with(user("admin").roles("ADMINISTRATOR")).with(csrf())
                        .param("username", "kim.lee").param("displayName", "Kim Lee").param("role", "VIEWER")
                        .param("password", "qwertyuiop123"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("#password-error").text()).contains("commonly used");
        assertThat(accounts.exists("kim.lee")).isFalse();
    }

    @Test
    @DisplayName("should send people who are not signed in to sign in, and tell organisation accounts to go there")
    void onlyForLocalSignedInUsers() throws Exception {
        mvc.perform(get("/account/password")).andExpect(redirectedUrl("/sign-in"));
        String html = mvc.perform(get("/account/password").with(user("someone@council.example").roles("VIEWER")))
                .andReturn().getResponse().getContentAsString();
        assertThat(Jsoup.parse(html).select("main").text()).contains("managed by your organisation");
    }
}
