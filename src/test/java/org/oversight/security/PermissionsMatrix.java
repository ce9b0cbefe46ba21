package org.oversight.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The expected permissions, read from {@code src/test/resources/security/permissions.csv}:
 * one row per route (method and path template exactly as mapped), one outcome per subject.
 */
final class PermissionsMatrix {
    static final String FILE = "security/permissions.csv";
    static final String SOURCE = "src/test/resources/" + FILE;

    record Row(String method, String path, Map<Subject, Outcome> expected) {
        String route() {
            return method + " " + path;
        }

        @Override
        public String toString() {
            return route();
        }
    }

    private PermissionsMatrix() {
    }

    /** How to add a row for a route, to put in failure messages. */
    static String howToAdd(String method, String path) {
        StringBuilder line = new StringBuilder(method).append(',').append(path);
        for (Subject subject : Subject.values()) {
            line.append(",<").append(subject.column).append('>');
        }
        return "add a row for " + method + " " + path + " to " + SOURCE + ": " + line
                + " (each outcome one of ALLOW, DENY, REDIRECT_SIGN_IN, UNAUTHORIZED, NOT_FOUND)";
    }

    static List<Row> load() {
        List<Row> rows = new ArrayList<>();
        try (var in = PermissionsMatrix.class.getClassLoader().getResourceAsStream(FILE)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            int number = 0;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                number++;
                if (line.isBlank() || line.startsWith("#") || line.startsWith("method,")) {
                    continue;
                }
                rows.add(parse(line.strip(), number));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static Row parse(String line, int number) {
        String[] cells = line.split(",", -1);
        Subject[] subjects = Subject.values();
        if (cells.length != 2 + subjects.length) {
            throw new IllegalStateException(SOURCE + " line " + number + " has " + cells.length + " cells, not "
                    + (2 + subjects.length) + ": " + line);
        }
        Map<Subject, Outcome> expected = new EnumMap<>(Subject.class);
        for (int i = 0; i < subjects.length; i++) {
            expected.put(subjects[i], Outcome.valueOf(cells[2 + i].strip()));
        }
        return new Row(cells[0].strip(), cells[1].strip(), expected);
    }
}
