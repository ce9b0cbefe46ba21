package org.oversight.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a source column holds, recognised from the many ways councils word their headers. The
 * patterns are tried in order; the first that matches the normalised header wins.
 */
public enum PlanField {
    RECOMMENDATION_NUMBER("Recommendation number", "^((rec(ommendation)?|req(uirement)?)s?\\.? ?(no|num|number|ref)\\b|(rec|req)\\.?$|no\\.?$|ref(erence)?\\.?( no\\.?)?$|#$)"),
    KEY_DELIVERABLE("Key deliverable number", "^(all )?key del|^kd\\b|^deliverable (no|number)"),
    RECOMMENDATION("Recommendation", "^recommendations?\\b|^requirements?\\b|^issue|^areas? for (development|improvement)|^finding|^improvements? (required|needed)"),
    OUTCOMES("Required outcomes", "^(required )?outcomes?\\b|^success (criteria|measures?)|^measures?\\b|^evidence"),
    DESCRIPTION("Description", "^description|^detail|^how\\b|^tasks?\\b|^activit"),
    ACTION("Action", "^actions?\\b|^what\\b"),
    PRIORITY("Priority", "^priority|^risk\\b"),
    LEAD("Lead", "lead|responsib|^owner|^who\\b|manager|officer"),
    DEPENDENCIES("Dependencies", "^dependen|^depends|^link"),
    START("Start date", "^start|^from\\b|^begin"),
    TIMESCALE("Timescale", "timescale|deadline|target|^date|completion|^due|^by when|^when|end date|^review"),
    PROGRESS("Progress", "progress|^update|^comment|^status update|^position"),
    RAG("RAG status", "^rag\\b|^status$|^rag status|^bragg?\\b"),
    IGNORED("Not imported", null);

    private final String label;
    private final Pattern pattern;

    PlanField(String label, String pattern) {
        this.label = label;
        this.pattern = pattern == null ? null : Pattern.compile(pattern);
    }

    public String label() {
        return label;
    }

    /** The field a header names, or {@link #IGNORED}. */
    public static PlanField guess(String header) {
        String h = normal(header);
        if (h.isEmpty()) {
            return IGNORED;
        }
        PlanField found = match(h);
        // a header in a narrow column breaks inside its words ("Targe t date", "St at us") when a PDF is read
        return found != IGNORED || !h.contains(" ") ? found : match(h.replace(" ", ""));
    }

    private static PlanField match(String h) {
        for (PlanField f : values()) {
            if (f.pattern != null && f.pattern.matcher(h).find()) {
                return f;
            }
        }
        return IGNORED;
    }

    /** True when a row reads as a header row: mostly known fields (three in four cells), one of them naming the work. */
    static boolean isHeader(List<String> cells) {
        List<PlanField> fields = cells.stream().map(PlanField::guess).filter(f -> f != IGNORED).toList();
        boolean work = fields.contains(ACTION) || fields.contains(RECOMMENDATION) || fields.contains(KEY_DELIVERABLE);
        boolean shortCells = cells.stream().allMatch(c -> c.length() <= 60);
        long filled = cells.stream().filter(c -> !c.isBlank()).count();
        return work && fields.size() >= 2 && shortCells && fields.size() * 4 >= filled * 3;
    }

    static String normal(String header) {
        return header == null ? "" : header.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9#./ ]", " ")
                .replaceAll("\\s+", " ").strip();
    }
}
