package org.oversight.reporting.internal;

import org.oversight.plan.ActionPlan;
import org.oversight.plan.PlanAccess;
import org.oversight.plan.PlanRepository;
import org.oversight.reporting.ExemptReaders;
import org.oversight.reporting.IssuedPackSummary;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may see which pack: anyone who may read the plan sees its packs for publication; signed-in
 * people within the plan's reach (see {@link PlanAccess#reaches}) see the rest, except that a pack holding exempt rows is only for those who may see
 * the board's exempt business. Anything else is answered as if it did not exist.
 */
@Component
class PackAccess {
    private final PlanRepository plans;
    private final PlanAccess access;
    private final ObjectProvider<ExemptReaders> exemptReaders;

    PackAccess(PlanRepository plans, PlanAccess access, ObjectProvider<ExemptReaders> exemptReaders) {
        this.plans = plans;
        this.access = access;
        this.exemptReaders = exemptReaders;
    }

    ActionPlan readablePlan(long id, Authentication auth) {
        return plans.findById(id).filter(p -> access.canRead(auth, p)).orElseThrow(PackAccess::notFound);
    }

    boolean maySee(IssuedPackSummary pack, Authentication auth, ActionPlan plan) {
        if (!insider(auth, plan)) {
            return pack.forPublication();
        }
        return !pack.containsExempt() || maySeeExempt(pack.board(), plan, auth);
    }

    /** Whether the person may see the exempt business of the plan's owner's board of this name. */
    boolean maySeeExempt(String board, ActionPlan plan, Authentication auth) {
        Long owner = plan.getOwnerId();
        return access.signedIn(auth) && exemptReaders.stream().anyMatch(r -> r.maySeeExempt(board, owner, auth.getName()));
    }

    /** Signed in and within the plan's reach: sees drafts, packs not for publication and the audit. */
    boolean insider(Authentication auth, ActionPlan plan) {
        return access.reaches(auth, plan);
    }

    boolean canIssue(Authentication auth, ActionPlan plan) {
        return access.canManage(auth, plan);
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
