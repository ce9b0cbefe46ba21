package org.oversight.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The lines of one minuted item split into its summary and its decisions with their points. */
final class MinuteItemText {
    static final Pattern DECISION = Pattern.compile(
            "^(?:(RESOLVED|NOTED|RECOMMENDED)\\b[\\s:–—-]*|(Resolved|Noted|Recommended)\\s*[:–—-]\\s*)(.*)$");
    static final Pattern RUN_IN = Pattern.compile("^(.*?)[\\s:–—.-]*\\b(RESOLVED|NOTED|RECOMMENDED)\\b[\\s:–—-]*(.*)$");
    static final Pattern POINT = Pattern.compile(
            "^(?:\\(?\\d{1,2}[).]|\\((?:[ivx]{1,5}|[a-h])\\)|(?:[ivx]{1,5}|[a-h])[).])\\s+(.+)$");

    final List<String> summary = new ArrayList<>();
    final List<ReadMinutes.ReadDecision> decisions = new ArrayList<>();

    MinuteItemText(List<String> lines) {
        DecisionKind kind = null;
        StringBuilder text = new StringBuilder();
        List<String> points = new ArrayList<>();
        boolean gap = false;
        for (String line : lines) {
            if (line.isEmpty()) {
                gap = true;
                continue;
            }
            Matcher decision = DECISION.matcher(line);
            Matcher point = POINT.matcher(line);
            if (decision.matches()) {
                finish(kind, text, points);
                kind = DecisionKind.valueOf((decision.group(1) != null ? decision.group(1) : decision.group(2)).toUpperCase());
                text = new StringBuilder(decision.group(3));
                points = new ArrayList<>();
            } else if (kind != null && point.matches()) {
                points.add(point.group(1).strip());
            } else if (kind != null && points.isEmpty() && (!gap || text.isEmpty()) && !newSentence(text, line)) {
                text.append(text.isEmpty() ? "" : " ").append(line);
            } else if (kind != null && !points.isEmpty() && !gap && !newSentence(points.get(points.size() - 1), line)) {
                points.set(points.size() - 1, points.get(points.size() - 1) + " " + line);
            } else {
                finish(kind, text, points);
                kind = null;
                text = new StringBuilder();
                points = new ArrayList<>();
                summary.add(line);
            }
            gap = false;
        }
        finish(kind, text, points);
    }

    /** A line that starts a new sentence after a finished one is minutes again, not more of the decision. */
    private static boolean newSentence(CharSequence before, String line) {
        return before.length() > 0 && before.toString().endsWith(".") && Character.isUpperCase(line.charAt(0));
    }

    private void finish(DecisionKind kind, StringBuilder text, List<String> points) {
        if (kind != null) {
            String lead = text.toString().strip();
            decisions.add(new ReadMinutes.ReadDecision(kind, lead.isEmpty() ? null : lead, List.copyOf(points)));
        }
    }
}
