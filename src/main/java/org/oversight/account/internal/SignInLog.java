package org.oversight.account.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs refused sign-ins for whoever watches the logs: why, the client address, and the
 * username only as the first 16 hex digits of its SHA-256 hash (the same username always
 * gives the same hash, so repeated attacks on one account show, without the log holding a
 * list of usernames, or passwords typed into the username box). Never the password.
 */
final class SignInLog {
    private static final Logger log = LoggerFactory.getLogger("org.oversight.account.sign-in");

    private SignInLog() {
    }

    static void refused(String reason, String username, String address) {
        log.warn("Sign-in refused ({}): username sha256:{} from address {}", reason, hashOf(username),
                address == null || address.isBlank() ? "unknown" : address);
    }

    /** An organisation sign-in refused: the provider's or Oversight's error code, never a token. */
    static void refusedOrganisation(String errorCode, String address) {
        log.warn("Sign-in with an organisation account refused ({}) from address {}", errorCode,
                address == null || address.isBlank() ? "unknown" : address);
    }

    static String hashOf(String username) {
        String normal = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("This Java has no SHA-256", e);
        }
    }
}
