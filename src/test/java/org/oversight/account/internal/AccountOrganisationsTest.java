package org.oversight.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.Accounts;
import org.oversight.account.OrganisationAuthority;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators of one organisation see and create its accounts only; an administrator of none
 * sees every account with its organisation and chooses the organisation of a new one. The demo
 * puts the council's people in Kingsmead Borough Council.
 */
@OversightTest
@Transactional
class AccountOrganisationsTest {
    private static final String COUNCIL = "Kingsmead Borough Council";
    private static final RequestPostProcessor WHOLE_INSTANCE_ADMIN = user("admin").roles("ADMINISTRATOR");
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OrganisationNames organisations;

    @Test
    @DisplayName("should list only the council's accounts to the council's administrator, and create accounts of the council")
    void councilAdministrator() throws Exception {
        Document list = html(mvc.perform(get("/accounts").with(councilAdmin())).andExpect(status().isOk()));
        assertThat(list.select("tbody tr td:nth-child(2)").eachText()).contains("manager", "lead", "viewer")
                .doesNotContain("admin", "nhslead", "neighbour");
        Document form = html(mvc.perform(get("/accounts/new").with(councilAdmin())));
        assertThat(form.select("select#organisationId")).as("no choice of organisation").isEmpty();

        mvc.perform(post("/accounts").with(councilAdmin()).with(csrf()).param("username", "new.officer")
                .param("displayName", "New Officer").param("role", "VIEWER")
                .param("password", "a-long-enough-password")
                .param("organisationId", String.valueOf(organisations.idOf("Ashcombe Borough Council").orElseThrow())))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.find("new.officer").orElseThrow().organisationId()).isEqualTo(council());
    }

    @Test
    @DisplayName("should answer another organisation's account as if it did not exist when the council's administrator disables it")
    void cannotDisableAnotherOrganisationsAccount() throws Exception {
        Long neighbour = accounts.find("neighbour").orElseThrow().id();
        mvc.perform(post("/accounts/{id}/disable", neighbour).with(councilAdmin()).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(accounts.find("neighbour").orElseThrow().enabled()).isTrue();
    }

    @Test
    @DisplayName("should show every account's organisation to an administrator of no organisation, who chooses a new one's")
    void wholeInstanceAdministrator() throws Exception {
        Document list = html(mvc.perform(get("/accounts").with(WHOLE_INSTANCE_ADMIN)));
        assertThat(list.select("tbody tr").eachText())
                .anySatisfy(row -> assertThat(row).contains("manager", COUNCIL))
                .anySatisfy(row -> assertThat(row).contains("nhslead", "Kingsmead and District NHS Foundation Trust"))
                .anySatisfy(row -> assertThat(row).contains("admin", "None: the whole instance"));
        Document form = html(mvc.perform(get("/accounts/new").with(WHOLE_INSTANCE_ADMIN)));
        assertThat(form.select("select#organisationId option").eachText()).first().isEqualTo("None: the whole instance");
        assertThat(form.select("select#organisationId option").eachText()).contains(COUNCIL, "Ashcombe Borough Council");

        mvc.perform(post("/accounts").with(WHOLE_INSTANCE_ADMIN).with(csrf()).param("username", "trust.officer")
                .param("displayName", "Trust Officer").param("role", "VIEWER")
                .param("password", "a-long-enough-password")
                .param("organisationId", String.valueOf(council())))
                .andExpect(status().is3xxRedirection());
        assertThat(accounts.find("trust.officer").orElseThrow().organisationId()).isEqualTo(council());
    }

    private Long council() {
        return organisations.idOf(COUNCIL).orElseThrow();
    }

    @Test
    @DisplayName("should keep the instance's audit trail and outbox from a council's administrator, and show them to an administrator of no organisation")
    void instancePagesForTheWholeInstanceOnly() throws Exception {
        mvc.perform(get("/audit/verify").with(councilAdmin())).andExpect(status().isForbidden());
        mvc.perform(get("/outbox").with(councilAdmin())).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verify").with(WHOLE_INSTANCE_ADMIN)).andExpect(status().isOk());
        mvc.perform(get("/outbox").with(WHOLE_INSTANCE_ADMIN)).andExpect(status().isOk());
    }

    private RequestPostProcessor councilAdmin() {
        return user("council.admin").authorities(new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"),
                new SimpleGrantedAuthority(OrganisationAuthority.of(council())));
    }

    private static Document html(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
