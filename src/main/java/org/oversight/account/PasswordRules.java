package org.oversight.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What a password must be, after the NCSC's password guidance: long enough, not absurdly
 * long, and not one that people commonly use. No rules about mixing character kinds.
 * The block list is the list of 100,000 common passwords shipped in the nbvcxz library
 * (me.gosimple:nbvcxz, MIT licence, {@code dictionaries/passwords.txt}), compared without
 * regard to case, and also after removing digits and symbols from the end ("Monkey2024!"
 * is "monkey"). The demo's published password is refused too, whatever follows it in digits
 * and symbols.
 */
@Component
public class PasswordRules {
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    static final String BLOCK_LIST = "dictionaries/passwords.txt";
    /** The demo's password, printed in the README and on the demo's sign-in page: never anyone's own. */
    public static final String PUBLISHED_DEMO_PASSWORD = "demo-password";
    static final String PUBLISHED = "account.password.published";
    private final Set<String> common;

    public PasswordRules() {
        this.common = load();
    }

    /** The message code saying what is wrong with a password, or empty when it will do. */
    public Optional<String> problemWith(String password, String username) {
        if (password == null || password.isBlank()) {
            return Optional.of("account.password.missing");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("account.password.tooShort");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("account.password.tooLong");
        }
        String lower = password.toLowerCase(Locale.ROOT);
        if (username != null && username.strip().length() >= 3
                && lower.contains(username.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of("account.password.containsUsername");
        }
        if (lower.strip().replaceFirst("[^\\p{L}]+$", "").equals(PUBLISHED_DEMO_PASSWORD)) {
            return Optional.of(PUBLISHED);
        }
        if (isCommon(lower) || lower.chars().distinct().count() <= 2) {
            return Optional.of("account.password.common");
        }
        return Optional.empty();
    }

    /** Whether the password, or its word part without trailing digits and symbols, is on the list. */
    boolean isCommon(String lower) {
        String word = lower.replaceFirst("[^\\p{L}]+$", "");
        return common.contains(lower) || (word.length() >= 4 && common.contains(word));
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>(150_000);
        try (InputStream in = PasswordRules.class.getClassLoader().getResourceAsStream(BLOCK_LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list " + BLOCK_LIST + " is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    words.add(line.strip().toLowerCase(Locale.ROOT));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
