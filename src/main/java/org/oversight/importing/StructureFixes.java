package org.oversight.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person says about a table's structure where the reading got it wrong, one correction a
 * line, in the words the preview and {@code --explain} use for places:
 * <ul>
 *   <li>"column 1 is the recommendation number" (in every table read);</li>
 *   <li>"table 1, row 5 continues the row above" (or "page 2, row 3 ...");</li>
 *   <li>"split table 1, row 3 into actions": each paragraph of its action cell is an action.</li>
 * </ul>
 * A line that says none of these is refused, naming the line.
 */
public record StructureFixes(Integer numberColumn, List<String> continuing, List<String> splitting, String written) {
    private static final Pattern NUMBER_COLUMN = Pattern.compile("^column (\\d{1,2}) (?:is|holds) the (?:recommendation )?numbers?$");
    private static final Pattern CONTINUES = Pattern.compile("^(.+?, row \\d{1,5}) continues(?: the row above)?$");
    private static final Pattern SPLIT = Pattern.compile("^split (.+?, row \\d{1,5})(?: into actions)?$");

    public StructureFixes {
        continuing = List.copyOf(continuing);
        splitting = List.copyOf(splitting);
    }

    public static StructureFixes none() {
        return new StructureFixes(null, List.of(), List.of(), "");
    }

    public static StructureFixes parse(String text) {
        if (text == null || text.isBlank()) {
            return none();
        }
        Integer column = null;
        List<String> continuing = new ArrayList<>();
        List<String> splitting = new ArrayList<>();
        String[] lines = text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip().toLowerCase(Locale.ROOT).replaceAll("[.;]+$", "").replaceAll("\\s+", " ");
            if (line.isEmpty()) {
                continue;
            }
            Matcher n = NUMBER_COLUMN.matcher(line);
            Matcher c = CONTINUES.matcher(line);
            Matcher s = SPLIT.matcher(line);
            if (n.matches()) {
                column = Integer.parseInt(n.group(1));
            } else if (c.matches()) {
                continuing.add(c.group(1));
            } else if (s.matches()) {
                splitting.add(s.group(1));
            } else {
                throw new ImportRefused("Line " + (i + 1) + " of the corrections, \"" + lines[i].strip() + "\", is not one"
                        + " Oversight understands. Write \"column 1 is the recommendation number\", \"table 1, row 5"
                        + " continues the row above\" or \"split table 1, row 3 into actions\".", "corrections, line " + (i + 1));
            }
        }
        return new StructureFixes(column, continuing, splitting, text.strip());
    }

    boolean isEmpty() {
        return numberColumn == null && continuing.isEmpty() && splitting.isEmpty();
    }

    boolean continues(String table, int row) {
        return continuing.contains(place(table, row));
    }

    boolean splits(String table, int row) {
        return splitting.contains(place(table, row));
    }

    private static String place(String table, int row) {
        return (table + ", row " + row).toLowerCase(Locale.ROOT);
    }
}
