package org.oversight.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Key deliverables typed one a line, each starting with its number: "1 Audit every case file". */
final class DeliverableLines {
    private static final Pattern NUMBERED = Pattern.compile("^(\\d+(?:\\.\\d+)*)[.):]?\\s+(.+)$");

    private DeliverableLines() {
    }

    /** The deliverables; a line without a number takes the next number in turn. */
    static List<KeyDeliverable> read(String text) {
        List<KeyDeliverable> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList()) {
            Matcher m = NUMBERED.matcher(line);
            out.add(m.matches() ? new KeyDeliverable(m.group(1), m.group(2).strip())
                    : new KeyDeliverable(String.valueOf(out.size() + 1), line));
        }
        return out;
    }
}
