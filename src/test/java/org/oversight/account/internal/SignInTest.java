package org.oversight.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oversight.account.internal.SignInPages.errorSummary;
import static org.oversight.account.internal.SignInPages.page;
import static org.oversight.account.internal.SignInPages.signIn;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.Accounts;
import org.oversight.account.Role;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

@OversightTest
class SignInTest {
    private static final String WRONG = "not-the-password";
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;

    @Test
    @DisplayName("should list the demo accounts, their roles and the password when the demo is on")
    void listsDemoAccountsOnSignInPage() throws Exception {
        Document page = page(mvc, new MockHttpSession(), "/sign-in");

        assertThat(page.title()).isEqualTo("Sign in - Oversight");
        assertThat(page.select("h1").text()).isEqualTo("Sign in to Oversight");
        assertThat(page.select("label[for=username]").text()).isEqualTo("Username");
        assertThat(page.select("label[for=password]").text()).isEqualTo("Password");
        assertThat(page.select(".app-demo-accounts tbody tr")).hasSize(7);
        assertThat(page.select(".app-demo-accounts tbody tr").text()).contains("adviser", "Adviser");
        assertThat(page.select(".app-demo-accounts").text())
                .contains("admin Administrator", "manager Plan manager", "lead Action lead",
                        "nhslead Action lead", "viewer Viewer", "neighbour Plan manager");
        assertThat(page.select(".govuk-details").text()).contains("demo-password");
    }

    @Test
    @DisplayName("should sign in and show who is signed in with their role")
    void signsInWithCorrectPassword() throws Exception {
        MockHttpSession session = new MockHttpSession();

        assertThat(signIn(mvc, session, "admin", "demo-password", "10.1.0.1")).isEqualTo("/");

        Document page = page(mvc, session, "/accounts");
        assertThat(page.select(".app-account-bar").text()).contains("Signed in as Alex Morgan (Administrator)");
        assertThat(page.select(".govuk-service-navigation__link").eachText()).contains("Plans", "My actions", "Accounts");
        assertThat(page.select("form[action=/sign-out] button").text()).isEqualTo("Sign out");
    }

    @Test
    @DisplayName("should say the details are incorrect, in an error summary, when the password is wrong")
    void showsErrorForWrongPassword() throws Exception {
        MockHttpSession session = new MockHttpSession();

        assertThat(signIn(mvc, session, "viewer", WRONG, "10.1.0.2")).isEqualTo("/sign-in?error");

        Document page = page(mvc, session, "/sign-in?error");
        assertThat(page.title()).startsWith("Error: ");
        assertThat(errorSummary(page)).isEqualTo("The username or password you entered is incorrect");
        assertThat(page.select(".govuk-error-summary__list a").attr("href")).isEqualTo("#username");
        assertThat(page.select("#username").val()).isEqualTo("viewer");
        assertThat(page.select("#password").val()).isEmpty();
        assertThat(page.select(".app-account-bar").text()).doesNotContain("Signed in as");
    }

    @Test
    @DisplayName("should ask for the username and password when they are left empty")
    void asksForMissingDetails() throws Exception {
        MockHttpSession session = new MockHttpSession();

        signIn(mvc, session, "", "", "10.1.0.3");

        Document page = page(mvc, session, "/sign-in?error");
        assertThat(errorSummary(page)).isEqualTo("Enter your username Enter your password");
        assertThat(page.select("#username-error").text()).isEqualTo("Error: Enter your username");
        assertThat(page.select("#username").attr("aria-describedby")).isEqualTo("username-error");
    }

    @Test
    @DisplayName("should lock an account for 15 minutes after 5 wrong passwords, even against the right one")
    void locksAccountAfterFiveFailures() throws Exception {
        accounts.create("locked.out", "Lou Locke", Role.VIEWER, "the-right-password");
        MockHttpSession session = new MockHttpSession();
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(mvc, session, "locked.out", WRONG, "10.1.0.4");
            assertThat(errorSummary(page(mvc, session, "/sign-in?error"))).contains("incorrect");
        }

        signIn(mvc, session, "locked.out", WRONG, "10.1.0.4");
        assertThat(errorSummary(page(mvc, session, "/sign-in?error")))
                .contains("too many times", "15 minutes");

        assertThat(signIn(mvc, session, "locked.out", "the-right-password", "10.1.0.4")).isEqualTo("/sign-in?error");
        assertThat(errorSummary(page(mvc, session, "/sign-in?error"))).contains("too many times");
    }

    @Test
    @DisplayName("should answer an unknown username exactly as a real one, so nobody learns which exist")
    void treatsUnknownUsernamesTheSame() throws Exception {
        MockHttpSession session = new MockHttpSession();
        for (int attempt = 1; attempt <= 4; attempt++) {
            signIn(mvc, session, "no.such.person", WRONG, "10.1.0.5");
            assertThat(errorSummary(page(mvc, session, "/sign-in?error")))
                    .isEqualTo("The username or password you entered is incorrect");
        }
        signIn(mvc, session, "no.such.person", WRONG, "10.1.0.5");

        assertThat(errorSummary(page(mvc, session, "/sign-in?error"))).contains("too many times", "15 minutes");
    }

    @Test
    @DisplayName("should refuse further sign-ins from an address that keeps failing")
    void throttlesOneAddress() throws Exception {
        MockHttpSession session = new MockHttpSession();
        for (int attempt = 0; attempt < 30; attempt++) {
            signIn(mvc, session, "guess" + attempt, WRONG, "10.9.9.9");
        }

        assertThat(signIn(mvc, session, "admin", "demo-password", "10.9.9.9")).isEqualTo("/sign-in?error");
        assertThat(errorSummary(page(mvc, session, "/sign-in?error"))).contains("from your network");
        assertThat(signIn(mvc, new MockHttpSession(), "admin", "demo-password", "10.9.9.10")).isEqualTo("/");
    }

    @Test
    @DisplayName("should not let a disabled account sign in, and say no more than for a wrong password")
    void refusesDisabledAccount() throws Exception {
        Long id = accounts.create("gone.away", "Gus Gone", Role.VIEWER, "the-right-password").id();
        accounts.disable(id);
        MockHttpSession session = new MockHttpSession();

        assertThat(signIn(mvc, session, "gone.away", "the-right-password", "10.1.0.6")).isEqualTo("/sign-in?error");
        assertThat(errorSummary(page(mvc, session, "/sign-in?error")))
                .isEqualTo("The username or password you entered is incorrect");
    }

    @Test
    @DisplayName("should reject a sign-in form posted without its CSRF token")
    void rejectsFormWithoutCsrfToken() throws Exception {
        mvc.perform(post("/sign-in").param("username", "admin").param("password", "demo-password"))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("should sign out by POST and forget the user")
    void signsOut() throws Exception {
        MockHttpSession session = new MockHttpSession();
        signIn(mvc, session, "viewer", "demo-password", "10.1.0.7");

        mvc.perform(post("/sign-out").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/plans?signed-out"));
    }
}
