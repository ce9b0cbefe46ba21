package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.lang.reflect.Method;
import java.util.Arrays;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.oversight.audit.internal.AuditEntryRepository;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/** The administrator's page that checks the audit chain, against tampering done through JDBC. */
@OversightTest
@Transactional
class AuditVerificationPageTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditTrail trail;
    @PersistenceContext
    EntityManager entityManager;

    @BeforeEach
    void recordAFewChanges() {
        trail.record("Plan", 7001L, "CREATE", "Created a plan", null, "{\"title\":\"A\"}");
        trail.record("Plan", 7001L, "EDIT", "Renamed the plan", "{\"title\":\"A\"}", "{\"title\":\"B\"}");
        trail.record("Plan", 7001L, "PUBLISH", "Published the plan", null, null);
        entityManager.flush();
        entityManager.clear();
    }

    private String result() throws Exception {
        String html = mvc.perform(get("/audit/verify").with(user("admin").roles("ADMINISTRATOR")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return Jsoup.parse(html).getElementById("chain-result").text();
    }

    private long positionOf(String kind) {
        return jdbc.queryForObject("select chain_position from audit_entry where entity_id = 7001 and change_kind = ?",
                Long.class, kind);
    }

    @Test
    @DisplayName("should say the trail is intact when nothing has been changed")
    void intact() throws Exception {
        assertThat(result()).startsWith("The audit trail is intact").contains("entries checked");
    }

    @Test
    @DisplayName("should name the entry whose content was changed in the database")
    void changedContent() throws Exception {
        long position = positionOf("EDIT");
        jdbc.update("update audit_entry set summary = 'Nothing to see' where entity_id = 7001 and change_kind = 'EDIT'");

        assertThat(result()).contains("tampered with at entry " + position)
                .contains("Entry " + position + " (EDIT, Plan id 7001, by system) has been changed in the database");
    }

    @Test
    @DisplayName("should notice an entry recomputed after an earlier one was changed")
    void rehashedEntry() throws Exception {
        long position = positionOf("EDIT");
        jdbc.update("update audit_entry set entry_hash = ? where chain_position = ?", "f".repeat(64), position);

        assertThat(result()).contains("tampered with at entry " + position);
    }

    @Test
    @DisplayName("should notice an entry removed from the middle")
    void removedFromTheMiddle() throws Exception {
        long middle = positionOf("EDIT");
        jdbc.update("delete from audit_entry where chain_position = ?", middle);

        assertThat(result()).contains("Entry " + middle + " is missing: the entry after " + (middle - 1)
                + " is " + (middle + 1));
    }

    @Test
    @DisplayName("should notice an entry removed from the end")
    void removedFromTheEnd() throws Exception {
        long last = positionOf("PUBLISH");
        jdbc.update("delete from audit_entry where chain_position = ?", last);

        assertThat(result()).contains("The chain should end at entry " + last + ", but the last entry found is "
                + (last - 1));
    }

    @Test
    @DisplayName("should offer no way to change or delete entries through the application")
    void appendOnly() {
        assertThat(Arrays.stream(AuditEntryRepository.class.getMethods()).map(Method::getName))
                .allMatch(name -> name.equals("save") || name.startsWith("find") || name.startsWith("count"));
        assertThat(Arrays.stream(AuditEntry.class.getMethods()).map(Method::getName))
                .noneMatch(name -> name.startsWith("set"));
    }

    @Test
    @DisplayName("should keep the page for administrators")
    void administratorsOnly() throws Exception {
        mvc.perform(get("/audit/verify").with(user("manager").roles("PLAN_MANAGER"))).andExpect(status().isForbidden());
        mvc.perform(get("/audit/verify")).andExpect(status().is3xxRedirection());
    }
}
