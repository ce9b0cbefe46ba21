package org.oversight.account.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * Sends a failed sign-in back to the form with one plain reason. A wrong password, an
 * unknown username and a disabled account all read the same.
 */
@Component
class SignInFailureHandler implements AuthenticationFailureHandler {
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException {
        String username = request.getParameter("username");
        String password = request.getParameter("password");
        SignInProblem.Kind kind;
        if (exception instanceof OAuth2AuthenticationException organisation) {
            boolean noRole = OrganisationRoles.NO_ROLE.equals(organisation.getError().getErrorCode());
            kind = noRole ? SignInProblem.Kind.ORGANISATION_NO_ROLE : SignInProblem.Kind.ORGANISATION_FAILED;
            SignInLog.refusedOrganisation(organisation.getError().getErrorCode(), request.getRemoteAddr());
        } else if (exception instanceof TooManySignInAttemptsException) {
            kind = SignInProblem.Kind.TOO_MANY_FROM_ADDRESS;
        } else if (exception instanceof LockedException) {
            kind = SignInProblem.Kind.LOCKED;
        } else if (isBlank(username) || isBlank(password)) {
            kind = SignInProblem.Kind.MISSING;
        } else {
            kind = SignInProblem.Kind.INCORRECT;
        }
        String kept = username == null ? "" : username.strip();
        request.getSession().setAttribute(SignInProblem.SESSION_KEY,
                new SignInProblem(kind, kept.length() > 100 ? kept.substring(0, 100) : kept, isBlank(password)));
        response.sendRedirect(request.getContextPath() + "/sign-in?error");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
