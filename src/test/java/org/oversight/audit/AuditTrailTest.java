package org.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.OversightTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

@OversightTest
class AuditTrailTest {
    @Autowired
    AuditTrail auditTrail;

    record Deadline(String action, String due) {
    }

    @Test
    @WithMockUser(username = "manager", roles = "PLAN_MANAGER")
    @DisplayName("should record who changed what, with the state before and after as JSON")
    void recordsBeforeAfterAndWho() {
        auditTrail.record("Action", 9001L, "DEADLINE", "Moved deadline of 1.2a",
                new Deadline("1.2a", "2026-12-31"), new Deadline("1.2a", "2027-03-31"));

        List<AuditEntry> history = auditTrail.historyOf("Action", 9001L);
        assertThat(history).hasSize(1);
        AuditEntry entry = history.get(0);
        assertThat(entry.getUsername()).isEqualTo("manager");
        assertThat(entry.getChangeKind()).isEqualTo("DEADLINE");
        assertThat(entry.getSummary()).isEqualTo("Moved deadline of 1.2a");
        assertThat(entry.getBefore()).isEqualTo("{\"action\":\"1.2a\",\"due\":\"2026-12-31\"}");
        assertThat(entry.getAfter()).contains("\"due\":\"2027-03-31\"");
        assertThat(entry.getAt()).isNotNull();
    }

    @Test
    @DisplayName("should name the system when nobody is signed in, and keep the order of changes")
    void recordsSystemChangesInOrder() {
        auditTrail.record("Plan", 9002L, "CREATE", "Imported plan", null, Map.of("title", "Ofsted ILACS 2026"));
        auditTrail.record("Plan", 9002L, "PUBLISH", "Published plan", "{\"published\":false}", "{\"published\":true}");

        List<AuditRecord> newestFirst = auditTrail.recordsOf("Plan", 9002L);
        assertThat(newestFirst).extracting(AuditRecord::changeKind).containsExactly("PUBLISH", "CREATE");
        assertThat(newestFirst).extracting(AuditRecord::who).containsOnly(AuditTrail.SYSTEM);
        assertThat(newestFirst.get(1).before()).isNull();
        assertThat(newestFirst.get(1).after()).isEqualTo("{\"title\":\"Ofsted ILACS 2026\"}");
        assertThat(auditTrail.historyOf("Plan", 424242L)).isEmpty();
    }
}
