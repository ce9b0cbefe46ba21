package org.oversight.plan;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.server.ResponseStatusException;

/** The forms that create and edit plans are for plan managers and administrators only. */
final class FormAccess {
    private FormAccess() {
    }

    static void requireManager(PlanAccess access, Authentication auth) {
        if (!access.canManage(auth)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Only plan managers can change plans");
        }
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
