package org.oversight.audit.internal;

import org.oversight.audit.AuditChain;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Administrators check that nobody has changed the audit trail in the database. */
@Controller
class AuditVerificationPage {
    private final AuditChain chain;

    AuditVerificationPage(AuditChain chain) {
        this.chain = chain;
    }

    @GetMapping("/audit/verify")
    String verify(Model model) {
        model.addAttribute("verification", chain.verify());
        return "audit/verify";
    }
}
