package org.oversight.account.internal;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Checks passwords through the accounts table, counting failures in {@link SignInThrottle}. */
class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;

    ThrottledAuthenticationProvider(DaoAuthenticationProvider passwords, SignInThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String address = addressOf(authentication);
        Object password = authentication.getCredentials();
        if (username == null || username.isBlank() || password == null || password.toString().isBlank()) {
            throw new BadCredentialsException("Missing username or password");
        }
        if (throttle.isAddressBlocked(address)) {
            SignInLog.refused("too many failures from this address", username, address);
            throw new TooManySignInAttemptsException();
        }
        if (throttle.isLocked(username)) {
            SignInLog.refused("username locked", username, address);
            throw new LockedException("Locked");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException wrong) {
            throttle.recordFailure(username, address);
            SignInLog.refused("wrong username or password", username, address);
            if (throttle.isLocked(username)) {
                throw new LockedException("Locked");
            }
            throw wrong;
        } catch (DisabledException disabled) {
            SignInLog.refused("account disabled", username, address);
            throw new BadCredentialsException("Bad credentials");
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String addressOf(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details) {
            return details.getRemoteAddress();
        }
        return "";
    }
}
