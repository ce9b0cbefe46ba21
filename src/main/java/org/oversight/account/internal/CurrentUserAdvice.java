package org.oversight.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.oversight.account.CurrentUser;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Puts the signed-in user and the current path into every page model, for the layout. */
@ControllerAdvice
class CurrentUserAdvice {
    @ModelAttribute("currentUser")
    CurrentUser currentUser() {
        return CurrentUser.now();
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        Object errorPath = request.getAttribute("jakarta.servlet.error.request_uri");
        String path = errorPath != null ? errorPath.toString() : request.getRequestURI();
        return path.substring(request.getContextPath().length());
    }
}
