package org.oversight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A page's words with a value in them ("Revision {0} of the board's template") go through
 * MessageFormat, which takes a single apostrophe as a quote and drops it: the page would read
 * "the boards template". Every apostrophe in such a message must be doubled.
 */
@DisplayName("Page words with values in them")
class MessageApostrophesTest {
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d+(,[^}]*)?}");

    @Test
    @DisplayName("should keep every apostrophe when the values are put in")
    void keepApostrophes() throws Exception {
        Properties messages = new Properties();
        try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/messages.properties"), StandardCharsets.UTF_8)) {
            messages.load(in);
        }
        int checked = 0;
        for (String key : messages.stringPropertyNames()) {
            String text = messages.getProperty(key);
            if (!ARGUMENT.matcher(text).find() || !text.contains("'")) {
                continue;
            }
            String written = new MessageFormat(text, Locale.UK).format(new Object[] {"1", "2", "3", "4", "5", "6"});
            long expected = text.replace("''", "'").chars().filter(c -> c == '\'').count();
            assertThat(written.chars().filter(c -> c == '\'').count()).as(key + " = " + text).isEqualTo(expected);
            checked++;
        }
        assertThat(checked).as("messages with a value and an apostrophe").isPositive();
    }
}
