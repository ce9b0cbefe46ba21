package org.oversight.security;

import org.springframework.mock.web.MockHttpServletResponse;

/** What a request came to, as far as permissions go. */
enum Outcome {
    /** Let through: any answer other than those below (a page, a redirect, a form's errors, 400, 409). */
    ALLOW,
    /** 403. */
    DENY,
    /** Sent to the sign-in page. */
    REDIRECT_SIGN_IN,
    /** 401 with a challenge (the API). */
    UNAUTHORIZED,
    /** 404: the thing exists but is not shown to this person, or the route needs configuration. */
    NOT_FOUND,
    /** A 5xx answer, which is never expected. */
    SERVER_ERROR;

    static Outcome of(MockHttpServletResponse response) {
        int status = response.getStatus();
        String location = response.getRedirectedUrl();
        if (status >= 500) {
            return SERVER_ERROR;
        }
        if (status == 401) {
            return UNAUTHORIZED;
        }
        if (status == 403) {
            return DENY;
        }
        if (status == 404) {
            return NOT_FOUND;
        }
        if (status >= 300 && status < 400 && location != null && location.matches("(https?://[^/]+)?/sign-in")) {
            return REDIRECT_SIGN_IN;
        }
        return ALLOW;
    }
}
