package org.oversight.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list of numbered recommendations, each followed by the council's response: the
 * numbered paragraph and its list items are the recommendation, the plain paragraphs after
 * them the response. Numbers must run on one by one, so a stray numbered line is not taken.
 */
final class ResponseList {
    private static final Pattern NUMBERED = Pattern.compile("^(?:•\\s*)?(\\d{1,3})[.)]?\\s+(\\S.*)$");
    private static final int FEWEST = 3;

    private ResponseList() {
    }

    static List<RecommendationDraft> of(SourceDocument document) {
        List<RecommendationDraft> found = new ArrayList<>();
        RecommendationDraft current = null;
        for (SourceBlock block : document.blocks()) {
            if (!(block instanceof SourceText t)) {
                current = null;
                continue;
            }
            String text = t.text().strip();
            Matcher m = NUMBERED.matcher(text);
            int expected = found.isEmpty() ? 1 : Integer.parseInt(found.get(found.size() - 1).number) + 1;
            if (m.find() && Integer.parseInt(m.group(1)) == expected) {
                current = new RecommendationDraft(m.group(1), t.location());
                current.text = m.group(2).strip();
                found.add(current);
            } else if (current != null && t.headingLevel() > 0) {
                current = null;
            } else if (current != null && text.startsWith("•") && current.response == null) {
                current.text = current.text + "\n" + text;
            } else if (current != null && text.startsWith("•")) {
                current.text = current.text + "\n" + text;
            } else if (current != null) {
                current.appendResponse(text);
            }
        }
        return found.size() >= FEWEST ? found : List.of();
    }

    /** Whose it is to act, from the response's words. */
    static String responsibility(String response) {
        String r = response == null ? "" : response.toLowerCase(Locale.ROOT);
        if (r.contains("matter for other agencies") || r.contains("for partners to")) {
            return "PARTNER";
        }
        if (r.contains("matter for national") || r.contains("matter for ofsted") || r.contains("matter for the government")) {
            return "NATIONAL";
        }
        return "OURS";
    }
}
