package org.oversight.plan;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/**
 * The forms that create and edit plans are for plan managers and administrators only, and those
 * that change a plan for the ones whose reach takes in its owner. A plan they may not read
 * answers as if it did not exist; one they may read but not manage is refused.
 */
final class FormAccess {
    private FormAccess() {
    }

    static void requireManager(PlanAccess access, Authentication auth) {
        if (!access.canManage(auth)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only plan managers can change plans");
        }
    }

    /** The plan, when the person may manage it; 404 when they may not read it, 403 when they may only read it. */
    static ActionPlan requireManager(PlanAccess access, Authentication auth, ActionPlan plan) {
        if (plan.isArchived() || !access.canRead(auth, plan)) {
            throw notFound();
        }
        if (!access.canManage(auth, plan)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "This plan belongs to another organisation");
        }
        return plan;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
