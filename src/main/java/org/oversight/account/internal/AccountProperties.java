package org.oversight.account.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The account feature's settings under {@code oversight}: whether the demo accounts exist,
 * the first administrator of a production install, and sign-in throttling.
 */
@ConfigurationProperties("oversight")
public record AccountProperties(@DefaultValue Demo demo, @DefaultValue BootstrapAdmin bootstrapAdmin,
        @DefaultValue SignIn signIn) {

    /** {@code oversight.demo.enabled}: create the demo accounts and list them on the sign-in page. */
    public record Demo(@DefaultValue("false") boolean enabled) {
    }

    /**
     * {@code oversight.bootstrap-admin.*}: an administrator created at start when there is no
     * account at all. Ignored once any account exists.
     */
    public record BootstrapAdmin(String username, String password, @DefaultValue("Administrator") String displayName) {
        boolean isGiven() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }

    /** {@code oversight.sign-in.max-failures-per-address}: failures one address may make in 15 minutes. */
    public record SignIn(@DefaultValue("30") int maxFailuresPerAddress) {
    }
}
