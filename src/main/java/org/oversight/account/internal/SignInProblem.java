package org.oversight.account.internal;

import java.io.Serializable;

/** Why the last sign-in failed, kept in the session across the redirect back to the form. */
record SignInProblem(Kind kind, String username, boolean passwordMissing) implements Serializable {
    static final String SESSION_KEY = SignInProblem.class.getName();

    enum Kind { MISSING, INCORRECT, LOCKED, TOO_MANY_FROM_ADDRESS, ORGANISATION_NO_ROLE, ORGANISATION_FAILED }
}
