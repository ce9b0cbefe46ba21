package org.oversight.plan;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Leads as typed in a form, one a line: "Role: Head of Safeguarding", "Person: Jo Bloggs",
 * "Body: Kingsmead NHS Trust", or plain text, which names a role.
 */
final class LeadLines {
    private LeadLines() {
    }

    record LeadLine(LeadKind kind, String name) {
    }

    static List<LeadLine> read(String text) {
        if (text == null) {
            return List.of();
        }
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).map(LeadLines::line).distinct().toList();
    }

    private static LeadLine line(String line) {
        int colon = line.indexOf(':');
        if (colon > 0) {
            LeadKind kind = kindOf(line.substring(0, colon).strip().toLowerCase(Locale.ROOT));
            String name = line.substring(colon + 1).strip();
            if (kind != null && !name.isEmpty()) {
                return new LeadLine(kind, name);
            }
        }
        return new LeadLine(LeadKind.ROLE, line);
    }

    private static LeadKind kindOf(String word) {
        return switch (word) {
            case "role" -> LeadKind.ROLE;
            case "person" -> LeadKind.PERSON;
            case "body", "organisation" -> LeadKind.BODY;
            default -> null;
        };
    }

    static String write(List<Lead> leads) {
        return leads.stream().map(l -> prefix(l.getKind()) + l.getName()).collect(Collectors.joining("\n"));
    }

    private static String prefix(LeadKind kind) {
        return switch (kind) {
            case ROLE -> "Role: ";
            case PERSON -> "Person: ";
            case BODY -> "Body: ";
        };
    }
}
