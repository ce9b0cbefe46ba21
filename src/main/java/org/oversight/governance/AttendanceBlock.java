package org.oversight.governance;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the attendance block at the head of minutes: present, apologies, substitutes, officers. */
final class AttendanceBlock {
    static final Pattern LABEL = Pattern.compile("^([A-Za-z][A-Za-z &'/-]{1,45}?)\\s*:-?\\s*(.*)$");
    private static final Pattern ATTENDANCE = Pattern.compile("(?i)^(?:present|apolog|substitut|officer|in attendance|also present"
            + "|councillor|cllr|member|co-opt|also attending).*");
    private static final Pattern NOT_ATTENDANCE = Pattern.compile("(?i)^(?:venue|contact|date|time|meeting|board|committee|"
            + "email|e-mail|telephone|tel|items|media|location|place)\\b.*");
    private static final Pattern LOWER_WORD = Pattern.compile("\\b(of|for|the|in)\\b");

    final Map<AttendanceKind, List<String>> names = new EnumMap<>(AttendanceKind.class);

    AttendanceBlock(List<String> lines) {
        for (AttendanceKind kind : AttendanceKind.values()) {
            names.put(kind, new ArrayList<>());
        }
        AttendanceKind current = AttendanceKind.PRESENT;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isEmpty() || line.equalsIgnoreCase("present") || line.equalsIgnoreCase("present:")) {
                continue;
            }
            boolean nextIsLabel = i + 1 < lines.size() && LABEL.matcher(lines.get(i + 1)).matches();
            if (!line.contains(":") && nextIsLabel && LOWER_WORD.matcher(line).find()) {
                continue;
            }
            Matcher label = LABEL.matcher(line);
            if (label.matches() && NOT_ATTENDANCE.matcher(label.group(1)).matches()) {
                continue;
            }
            if (label.matches()) {
                current = kindOf(label.group(1), current);
                line = label.group(2);
            }
            add(current, line);
        }
    }

    /** Does this "Label: ..." line head a list of who attended ("Present:", "Apologies for absence:")? */
    static boolean isAttendanceLabel(String line) {
        return ATTENDANCE.matcher(line).matches();
    }

    private static AttendanceKind kindOf(String label, AttendanceKind current) {
        String l = label.toLowerCase();
        if (l.startsWith("apolog")) {
            return AttendanceKind.APOLOGIES;
        }
        if (l.startsWith("substitut")) {
            return AttendanceKind.SUBSTITUTE;
        }
        if (l.startsWith("officer")) {
            return AttendanceKind.OFFICER;
        }
        if (l.contains("in attendance") || l.startsWith("also present")) {
            return AttendanceKind.IN_ATTENDANCE;
        }
        return current == AttendanceKind.PRESENT || l.contains("councillor") || l.contains("co-opt")
                || l.contains("member") ? AttendanceKind.PRESENT : current;
    }

    private void add(AttendanceKind kind, String line) {
        String text = line.replaceFirst("^Cllrs\\.?\\s+", "Cllr ").strip();
        if (text.isEmpty()) {
            return;
        }
        boolean list = kind == AttendanceKind.IN_ATTENDANCE || text.contains(";");
        String[] parts = list ? text.split("\\s*(?:,|;|\\band\\b)\\s*") : new String[] {text};
        for (String part : parts) {
            if (!part.isBlank()) {
                names.get(kind).add(part.strip());
            }
        }
    }

    List<String> of(AttendanceKind kind) {
        return List.copyOf(names.get(kind));
    }
}
