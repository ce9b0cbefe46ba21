package org.oversight.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {
    private static final PasswordRules RULES = new PasswordRules();

    @Test
    @DisplayName("should ask for at least 12 and at most 128 characters, counting characters not bytes")
    void length() {
        assertThat(RULES.problemWith("", "kim")).contains("account.password.missing");
        assertThat(RULES.problemWith("tulip-kettle", "kim")).isEmpty();
        assertThat(RULES.problemWith("tulip-kettl", "kim")).contains("account.password.tooShort");
        assertThat(RULES.problemWith("lantern ".repeat(16), "kim")).isEmpty();
        assertThat(RULES.problemWith("lantern ".repeat(16) + "x", "kim")).contains("account.password.tooLong");
        assertThat(RULES.problemWith("ééééééabcdef", "kim")).isEmpty();
    }

    @Test
    @DisplayName("should refuse passwords on the common-password list, whatever their case or trailing digits")
    void commonPasswords() {
        assertThat(RULES.problemWith("password1234", "kim")).contains("account.password.common");
        assertThat(RULES.problemWith("QWERTYUIOP12", "kim")).contains("account.password.common");
        assertThat(RULES.problemWith("Iloveyou2024!", "kim")).contains("account.password.common");
        assertThat(RULES.problemWith("aaaaaaaaaaaaaa", "kim")).contains("account.password.common");
        assertThat(RULES.problemWith("ababababababab", "kim")).contains("account.password.common");
    }

    @Test
    @DisplayName("should not demand digits, capitals or symbols: three random words will do")
    void noCompositionRules() {
        assertThat(RULES.problemWith("orange copper lantern", "kim")).isEmpty();
        assertThat(RULES.problemWith("kettletulipmarmalade", "kim")).isEmpty();
        assertThat(RULES.problemWith("correcthorsebatterystaple", "kim")).as("famous, so on the list")
                .contains("account.password.common");
    }

    @Test
    @DisplayName("should refuse the demo's published password, whatever its case or trailing digits, for anyone")
    void notTheDemosPublishedPassword() {
        for (String password : new String[] {"demo-password", "Demo-Password", "demo-password2026!", " demo-password"}) {
            assertThat(RULES.problemWith(password, "jordan")).as(password).contains("account.password.published");
        }
        assertThat(RULES.problemWith("demo password of mine", "jordan")).isEmpty();
    }

    @Test
    @DisplayName("should refuse a password that contains the username")
    void notTheUsername() {
        assertThat(RULES.problemWith("jordan.ellis-is-me", "Jordan.Ellis")).contains("account.password.containsUsername");
    }
}
