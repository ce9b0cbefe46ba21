package org.oversight.importing;

import java.time.LocalDate;
import java.util.Arrays;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * What is wrong with an exchange JSON file, in the words of the person who wrote it: the field
 * (as a path such as {@code recommendations[0].actions[2].timescale.due}) and the problem, never
 * the parser's class names or internals.
 */
final class JsonProblem {
    private JsonProblem() {
    }

    static String describe(JacksonException e) {
        if (e instanceof StreamReadException && e.getLocation() != null) {
            return "the text is not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ": check for a missing comma, quote or bracket";
        }
        String field = field(e);
        String where = field.isEmpty() ? "the file" : "\"" + field + "\"";
        if (e instanceof InvalidFormatException f && f.getTargetType() != null) {
            Class<?> type = f.getTargetType();
            String value = "\"" + f.getValue() + "\"";
            if (type.isEnum()) {
                return where + ": " + value + " is not one of " + Arrays.toString(type.getEnumConstants());
            }
            if (type == LocalDate.class) {
                return where + ": " + value + " is not a date; write dates as 2026-03-31";
            }
            if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
                return where + ": " + value + " is not a number";
            }
            return where + ": " + value + " cannot be read here";
        }
        if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
            Class<?> type = m.getTargetType();
            String expected = java.util.Collection.class.isAssignableFrom(type) || type.isArray() ? "a list [ ... ]"
                    : type == String.class ? "text in quotes" : type == LocalDate.class ? "a date such as \"2026-03-31\""
                    : Number.class.isAssignableFrom(type) || type.isPrimitive() ? "a number" : "an object { ... }";
            return where + " should be " + expected;
        }
        return where + " cannot be read as part of a plan";
    }

    private static String field(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference r : e.getPath()) {
            if (r.getPropertyName() != null) {
                path.append(path.length() == 0 ? "" : ".").append(r.getPropertyName());
            } else if (r.getIndex() >= 0) {
                path.append('[').append(r.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
