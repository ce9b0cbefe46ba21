package org.oversight.account.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.account.Accounts;
import org.oversight.account.OrganisationAuthority;
import org.oversight.audit.AuditTrail;
import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.transaction.annotation.Transactional;

/**
 * An administrator of no organisation creates an adviser on the accounts page and chooses the
 * group it advises; the adviser then sees at /overview what councils share with that group. An
 * organisation's administrator can neither create an adviser nor choose a group.
 */
@OversightTest
@Transactional
class AdviserAccountsTest {
    private static final RequestPostProcessor WHOLE_INSTANCE_ADMIN = user("admin").roles("ADMINISTRATOR");
    private static final String KINGSMEAD = "Kingsmead Borough Council";
    @Autowired
    MockMvc mvc;
    @Autowired
    Accounts accounts;
    @Autowired
    OrganisationNames organisations;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PlanRepository plans;
    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;
    long kingsmead;
    long region;
    long national;

    @BeforeEach
    void theDemoGroups() {
        kingsmead = organisations.idOf(KINGSMEAD).orElseThrow();
        region = groupNamed("Vale and Downs region");
        national = groupNamed("National");
    }

    @Test
    @DisplayName("should create an adviser of the chosen group, who then sees at /overview what councils share with that group only")
    void adviserCreatedOnThePageSeesItsGroup() throws Exception {
        Document form = html(mvc.perform(get("/accounts/new").with(WHOLE_INSTANCE_ADMIN)).andExpect(status().isOk()));
        assertThat(form.select("select#groupId option").eachText()).contains("Vale and Downs region", "National");
        assertThat(form.select("input[name=role][value=ADVISER]")).hasSize(1);

        createAdviser(WHOLE_INSTANCE_ADMIN, "region.adviser", region).andExpect(status().is3xxRedirection());
        createAdviser(WHOLE_INSTANCE_ADMIN, "national.adviser", national).andExpect(status().is3xxRedirection());
        var created = accounts.find("region.adviser").orElseThrow();
        assertThat(created.groupId()).isEqualTo(region);
        assertThat(created.organisationId()).isNull();
        assertThat(audit.historyOf("Account", created.id())).extracting(e -> e.getChangeKind()).containsExactly("CREATE");

        ActionPlan plan = plans.findByOwner_IdAndArchivedFalseOrderByTitle(kingsmead).get(0);
        plan.publish(false);
        plans.saveAndFlush(plan);
        mvc.perform(post("/sharing/plans").with(csrf()).param("plan", String.valueOf(plan.getId()))
                .param("group", String.valueOf(region))
                .with(user("manager").authorities(new SimpleGrantedAuthority("ROLE_PLAN_MANAGER"),
                        new SimpleGrantedAuthority(OrganisationAuthority.of(kingsmead)))))
                .andExpect(status().is3xxRedirection());

        assertThat(kingsmeadRows("region.adviser")).hasSize(1);
        assertThat(kingsmeadRows("national.adviser")).as("shared with the region, not National").isEmpty();
    }

    @Test
    @DisplayName("should refuse an adviser without a group with an error summary, creating nothing")
    void adviserNeedsAGroup() throws Exception {
        Document page = html(createAdviser(WHOLE_INSTANCE_ADMIN, "groupless.adviser", null).andExpect(status().isOk()));
        assertThat(page.select(".govuk-error-summary a[href=#groupId]").text())
                .isEqualTo("Select the group the adviser advises");
        assertThat(accounts.exists("groupless.adviser")).isFalse();
    }

    @Test
    @DisplayName("should not let an organisation's administrator create an adviser or choose a group, changing nothing")
    void organisationAdministratorCannotCreateAnAdviser() throws Exception {
        RequestPostProcessor councilAdmin = user("council.admin").authorities(
                new SimpleGrantedAuthority("ROLE_ADMINISTRATOR"), new SimpleGrantedAuthority(OrganisationAuthority.of(kingsmead)));
        Document form = html(mvc.perform(get("/accounts/new").with(councilAdmin)).andExpect(status().isOk()));
        assertThat(form.select("select#groupId")).as("no choice of group").isEmpty();
        assertThat(form.select("input[name=role][value=ADVISER]")).as("no adviser role").isEmpty();
        long before = accounts.count();

        Document refused = html(createAdviser(councilAdmin, "sneaky.adviser", region).andExpect(status().isOk()));
        assertThat(refused.select(".govuk-error-summary").text())
                .contains("Only an administrator of no organisation can create an adviser");
        mvc.perform(post("/accounts").with(councilAdmin).with(csrf()).param("username", "grouped.viewer")
                .param("displayName", "Grouped Viewer").param("role", "VIEWER")
                .param("password", "a-long-enough-password").param("groupId", String.valueOf(region)))
                .andExpect(status().is3xxRedirection());

        assertThat(accounts.exists("sneaky.adviser")).isFalse();
        assertThat(accounts.count()).isEqualTo(before + 1);
        assertThat(accounts.find("grouped.viewer").orElseThrow().groupId()).as("a group is kept for advisers only").isNull();
        assertThat(jdbc.queryForObject("select count(*) from account where group_id is not null and username in (?, ?)",
                Long.class, "sneaky.adviser", "grouped.viewer")).isZero();
    }

    private ResultActions createAdviser(RequestPostProcessor who, String username, Long group) throws Exception {
        var request = post("/accounts").with(who).with(csrf()).param("username", username)
                .param("displayName", "An Adviser").param("role", "ADVISER").param("password", "a-long-enough-password");
        if (group != null) {
            request.param("groupId", String.valueOf(group));
        }
        return mvc.perform(request);
    }

    private List<?> kingsmeadRows(String adviser) throws Exception {
        Document overview = html(mvc.perform(get("/overview").with(user(userDetails.loadUserByUsername(adviser))))
                .andExpect(status().isOk()));
        return overview.select("tr.overview-row[data-council=" + KINGSMEAD + "]");
    }

    private long groupNamed(String name) {
        return jdbc.queryForObject("select id from sharing_group where name = ?", Long.class, name);
    }

    private static Document html(ResultActions result) throws Exception {
        return Jsoup.parse(result.andReturn().getResponse().getContentAsString());
    }
}
