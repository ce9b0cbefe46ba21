package org.oversight.reporting.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import org.oversight.plan.LongDate;
import org.oversight.reporting.IssuedPackSummary;

/** What the audit trail keeps about an issued pack: who, when, for which board, meeting and date, and each file's digest. */
final class PackAudit {
    private PackAudit() {
    }

    static String summary(IssuedPackSummary pack, String planTitle) {
        return "Issued report " + pack.id() + " on " + planTitle + " to " + pack.board()
                + (pack.meeting() == null ? "" : " for " + pack.meeting()) + ", progress as at " + LongDate.of(pack.asAt())
                + (pack.forPublication() ? ", for publication" : ", not for publication")
                + (pack.containsExempt() ? ", with exempt information" : "");
    }

    static Map<String, Object> state(IssuedPackSummary pack, Map<String, String> sha256ByFile) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("plan", pack.planId());
        state.put("board", pack.board());
        state.put("meeting", pack.meeting());
        state.put("asAt", pack.asAt().toString());
        state.put("forPublication", pack.forPublication());
        state.put("containsExempt", pack.containsExempt());
        state.put("issuedBy", pack.issuedBy());
        state.put("issuedAt", pack.issuedAt().toString());
        state.put("sha256", sha256ByFile);
        return state;
    }
}
