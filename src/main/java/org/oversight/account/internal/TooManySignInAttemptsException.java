package org.oversight.account.internal;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins from one client address. */
class TooManySignInAttemptsException extends AuthenticationException {
    TooManySignInAttemptsException() {
        super("Too many failed sign-in attempts from this address");
    }
}
