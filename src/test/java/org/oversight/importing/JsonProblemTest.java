package org.oversight.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.oversight.plan.PlanExchange;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

class JsonProblemTest {
    private static String problemWith(String json) {
        JacksonException e = catchThrowableOfType(JacksonException.class,
                () -> JsonMapper.builder().build().readValue(json, PlanExchange.class));
        return JsonProblem.describe(e);
    }

    @Test
    @DisplayName("should name the field and the problem in words, without class names or parser internals")
    void namesFieldAndProblem() {
        String date = problemWith("{\"plan\": {\"title\": \"Plan\", \"periodStart\": \"31/13/2026\"}}");
        assertThat(date).isEqualTo("\"plan.periodStart\": \"31/13/2026\" is not a date; write dates as 2026-03-31");

        String syntax = problemWith("{\"plan\": {\"title\": \"Plan\" \"periodStart\": \"2026-01-01\"}}");
        assertThat(syntax).startsWith("the text is not valid JSON at line 1, column ").endsWith("check for a missing comma, quote or bracket");

        String list = problemWith("{\"plan\": {\"title\": \"Plan\"}, \"recommendations\": \"none\"}");
        assertThat(list).isEqualTo("\"recommendations\" should be a list [ ... ]");

        for (String message : new String[] {date, syntax, list}) {
            assertThat(message).doesNotContain("java.", "Cannot deserialize", "`", "Exception", "tools.jackson");
        }
    }
}
