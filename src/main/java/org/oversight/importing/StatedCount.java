package org.oversight.importing;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The number of recommendations the document says it holds ("the inspectors made nine
 * recommendations", "12 recommendations"), checked against the number read.
 */
final class StatedCount {
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen", "twenty");
    private static final Pattern STATED = Pattern.compile("(?i)\\b(made|makes|contains?|sets out|set out|lists?|there are|with)\\s+"
            + "(\\d{1,3}|" + String.join("|", WORDS) + ")\\s+(?:\\w+\\s+)?recommendations\\b");

    private StatedCount() {
    }

    static void check(SourceDocument document, int read, List<ImportWarning> warnings) {
        if (read == 0) {
            return;
        }
        for (SourceBlock block : document.blocks()) {
            if (block instanceof SourceText t) {
                Matcher m = STATED.matcher(t.text());
                if (m.find()) {
                    String said = m.group(2).toLowerCase(Locale.ROOT);
                    int stated = said.matches("\\d+") ? Integer.parseInt(said) : WORDS.indexOf(said);
                    if (stated != read) {
                        warnings.add(new ImportWarning("RECOMMENDATION_COUNT_DIFFERS", null, "The document says \""
                                + m.group().strip() + "\" but " + read + " recommendation" + (read == 1 ? " was" : "s were")
                                + " read; check for recommendations missed or read twice", t.location()));
                    }
                    return;
                }
            }
        }
    }
}
