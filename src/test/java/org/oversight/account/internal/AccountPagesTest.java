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
import org.oversight.account.AccountSummary;
import org.oversight.account.Accounts;
import org.oversight.account.Role;
import org.oversight.audit.AuditRecord;
import org.oversight.audit.AuditTrail;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@OversightTest
class AccountPagesTest {
    private static final RequestPostProcessor ADMIN = user("admin").roles("ADMINISTRATOR");
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    AuditTrail auditTrail;

    private Document html(org.springframework.test.web.servlet.ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }

    @Test
    @DisplayName("should list every account with its role and status for an administrator")
    void listsAccounts() throws Exception {
        Document page = html(mvc.perform(get("/accounts").with(ADMIN)).andExpect(status().isOk()));

        assertThat(page.title()).isEqualTo("Accounts - Oversight");
        assertThat(page.select("tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Priya Shah", "manager", "Plan manager", "Active"));
        assertThat(page.select("a.govuk-button").text()).isEqualTo("Create an account");
    }

    @Test
    @DisplayName("should show every problem with a new account in an error summary linked to its field")
    void showsErrorsForIncompleteAccount() throws Exception {
        Document page = html(mvc.perform(post("/accounts").with(ADMIN).with(csrf())
                        .param("username", "manager").param("displayName", "").param("password", "short"))
                .andExpect(status().isOk()));

        assertThat(page.title()).isEqualTo("Error: Create an account - Oversight");
        assertThat(page.select(".govuk-error-summary__list li").eachText()).containsExactlyInAnyOrder(
                "Enter the person's full name", "Select a role", "Password must be at least 12 characters",
                "An account with this username already exists");
        assertThat(page.select(".govuk-error-summary__list a").eachAttr("href"))
                .contains("#displayName", "#role", "#password", "#username");
        assertThat(page.select("#username").val()).isEqualTo("manager");
        assertThat(page.select("#password").val()).isEmpty();
    }

    @Test
    @DisplayName("should create an account that can sign in, and record who created it")
    void createsAccount() throws Exception {
        mvc.perform(post("/accounts").with(ADMIN).with(csrf())
                        .param("username", "Noor.Patel").param("displayName", "Noor Patel")
                        .param("role", "ACTION_LEAD").param("password", "a-long-enough-password"))
                .andExpect(redirectedUrl("/accounts"));

        AccountSummary created = accounts.find("noor.patel").orElseThrow();
        assertThat(created.role()).isEqualTo(Role.ACTION_LEAD);
        assertThat(accounts.displayNameOf("noor.patel")).contains("Noor Patel");
        assertThat(SignInPages.signIn(mvc, new MockHttpSession(), "noor.patel", "a-long-enough-password", "10.3.0.1"))
                .isEqualTo("/");
        AuditRecord record = auditTrail.recordsOf("Account", created.id()).get(0);
        assertThat(record.who()).isEqualTo("admin");
        assertThat(record.changeKind()).isEqualTo("CREATE");
        assertThat(record.after()).contains("\"username\":\"noor.patel\"").doesNotContain("password");
    }

    @Test
    @DisplayName("should disable an account instead of deleting it, so it can no longer sign in")
    void disablesAccount() throws Exception {
        Long id = accounts.create("leaver", "Lee Ver", Role.VIEWER, "a-long-enough-password").id();

        mvc.perform(post("/accounts/" + id + "/disable").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/accounts"));

        assertThat(accounts.find("leaver").orElseThrow().enabled()).isFalse();
        Document page = html(mvc.perform(get("/accounts").with(ADMIN)));
        assertThat(page.select("tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("Lee Ver", "Disabled", "Enable"));
        assertThat(auditTrail.recordsOf("Account", id).get(0).summary()).isEqualTo("Disabled account leaver");
    }

    @Test
    @DisplayName("should refuse account changes posted without a CSRF token")
    void refusesAccountFormWithoutToken() throws Exception {
        mvc.perform(post("/accounts").with(ADMIN).param("username", "sneaky")).andExpect(status().isForbidden());
        assertThat(accounts.exists("sneaky")).isFalse();
    }
}
